{{- define "catalog.tenantHost" -}}
{{ .name }}.{{ .ctx.Values.global.domain }}
{{- end -}}

{{- define "catalog.tenantResources" -}}
{{- $plan := index .root.Values.plans .tenant.plan | default dict -}}
cpu: {{ $plan.cpu | default "500m" | quote }}
memory: {{ $plan.memory | default "512Mi" | quote }}
{{- end -}}
