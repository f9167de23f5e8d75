{{- define "guarded.validate" -}}
{{- if not (has .Values.mode (list "standalone" "replicated")) -}}
{{- fail (printf "mode must be standalone or replicated, got %q" .Values.mode) -}}
{{- end -}}
{{- if and (eq .Values.mode "standalone") (gt (int .Values.replicas) 1) -}}
{{- fail "standalone mode supports one replica" -}}
{{- end -}}
{{- end -}}
