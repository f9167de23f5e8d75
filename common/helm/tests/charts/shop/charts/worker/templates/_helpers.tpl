{{- define "worker.fullname" -}}
{{ .Release.Name }}-{{ .Chart.Name }}-{{ .Values.queue }}
{{- end }}
