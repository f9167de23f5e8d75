{{/*
Shared template helpers. Controller templates pass a dict to most of them:
  root: the top-level context ($), cfg: the controller's values block, name: the controller name.
*/}}

{{/* Labels on every object (Flux's install labels, so Flux tooling selects ferroflux too). */}}
{{- define "ferroflux.labels" -}}
app.kubernetes.io/instance: {{ .Release.Namespace | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: flux
helm.sh/chart: {{ printf "%s-%s" .Chart.Name (.Chart.Version | replace "+" "_") | quote }}
{{- end -}}

{{/* Labels of a controller's own objects: the common labels plus app.kubernetes.io/component. */}}
{{- define "ferroflux.componentLabels" -}}
{{ include "ferroflux.labels" .root }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{/* Image reference: <image>:<tag>, or <image>@sha256:... when the tag is a digest. */}}
{{- define "ferroflux.image" -}}
{{- $tag := toString (default .root.Chart.AppVersion .cfg.tag) -}}
{{- if hasPrefix "sha256:" $tag -}}
{{- printf "%s@%s" .cfg.image $tag -}}
{{- else -}}
{{- printf "%s:%s" .cfg.image $tag -}}
{{- end -}}
{{- end -}}

{{/* Replica count of a controller values block (default 1). */}}
{{- define "ferroflux.replicas" -}}
{{- if and (hasKey . "replicas") (not (kindIs "invalid" .replicas)) -}}
{{- $r := int .replicas -}}
{{- if lt $r 0 -}}
{{- fail (printf "replicas must not be negative, got %v" .replicas) -}}
{{- end -}}
{{- $r -}}
{{- else -}}
1
{{- end -}}
{{- end -}}

{{/* URL the controllers post events to; empty when there is nowhere to post. */}}
{{- define "ferroflux.eventsAddr" -}}
{{- if .Values.eventsAddr -}}
{{- .Values.eventsAddr -}}
{{- else if .Values.notificationController.create -}}
{{- printf "http://notification-controller.%s.svc.%s./" .Release.Namespace .Values.clusterDomain -}}
{{- end -}}
{{- end -}}

{{/* Fails rendering on values the controller binaries would reject at start-up. */}}
{{- define "ferroflux.validate" -}}
{{- $levels := list "trace" "debug" "info" "error" -}}
{{- if not (has (toString .Values.logLevel) $levels) -}}
{{- fail (printf "logLevel must be one of %s, got %q" (join ", " $levels) (toString .Values.logLevel)) -}}
{{- end -}}
{{- $encodings := list "json" "console" -}}
{{- if not (has (toString .Values.logEncoding) $encodings) -}}
{{- fail (printf "logEncoding must be one of %s, got %q" (join ", " $encodings) (toString .Values.logEncoding)) -}}
{{- end -}}
{{- if not (kindIs "bool" .Values.watchAllNamespaces) -}}
{{- fail (printf "watchAllNamespaces must be true or false, got %v" .Values.watchAllNamespaces) -}}
{{- end -}}
{{- if not .Values.clusterDomain -}}
{{- fail "clusterDomain must not be empty" -}}
{{- end -}}
{{- end -}}

{{/*
Container args every controller gets, in Flux's order: events address (except for
notification-controller, whose --events-addr is its own listener), namespace scope, logging and
leader election when there is more than one replica.
*/}}
{{- define "ferroflux.commonArgs" -}}
{{- include "ferroflux.validate" .root -}}
{{- if ne .name "notification-controller" }}
{{- with include "ferroflux.eventsAddr" .root }}
- --events-addr={{ . }}
{{- end }}
{{- end }}
- --watch-all-namespaces={{ .root.Values.watchAllNamespaces }}
- --log-level={{ .root.Values.logLevel }}
- --log-encoding={{ .root.Values.logEncoding }}
{{- if gt (include "ferroflux.replicas" .cfg | int) 1 }}
- --enable-leader-election
{{- end }}
{{- end -}}

{{/* The user's extra container args, quoted. */}}
{{- define "ferroflux.additionalArgs" -}}
{{- range .cfg.container.additionalArgs }}
- {{ toString . | quote }}
{{- end }}
{{- end -}}

{{/* Container env: RUNTIME_NAMESPACE from the downward API, then the user's extraEnv. */}}
{{- define "ferroflux.env" -}}
- name: RUNTIME_NAMESPACE
  valueFrom:
    fieldRef:
      fieldPath: metadata.namespace
{{- with .cfg.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Pod annotations: Prometheus scrape hints merged under the user's annotations. */}}
{{- define "ferroflux.podAnnotations" -}}
{{- $defaults := dict "prometheus.io/scrape" "true" "prometheus.io/port" "8080" -}}
{{- $user := deepCopy (default (dict) .cfg.annotations) -}}
{{- toYaml (merge $user $defaults) -}}
{{- end -}}

{{/* Pod labels: the selector label, the common labels and the user's labels. */}}
{{- define "ferroflux.podLabels" -}}
{{- $labels := dict "app" .name "app.kubernetes.io/component" .name -}}
{{- $labels = merge $labels (include "ferroflux.labels" .root | fromYaml) -}}
{{- $user := deepCopy (default (dict) .cfg.labels) -}}
{{- if hasKey $user "app" -}}
{{- fail (printf "%s labels must not set \"app\" (the Deployment selector)" .name) -}}
{{- end -}}
{{- toYaml (merge $labels $user) -}}
{{- end -}}

{{/* Container securityContext of every controller (Flux's restricted profile). */}}
{{- define "ferroflux.containerSecurityContext" -}}
allowPrivilegeEscalation: false
capabilities:
  drop:
    - ALL
readOnlyRootFilesystem: true
runAsNonRoot: true
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Liveness probe on the health endpoint. */}}
{{- define "ferroflux.livenessProbe" -}}
httpGet:
  path: /healthz
  port: healthz
{{- end -}}

{{/* Pod-level scheduling and pull settings shared by every controller. */}}
{{- define "ferroflux.podScheduling" -}}
{{- with .cfg.priorityClassName }}
priorityClassName: {{ . | quote }}
{{- end }}
{{- with .root.Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .cfg.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/* The controller's ServiceAccount, when serviceAccount.create is set. */}}
{{- define "ferroflux.serviceAccount" -}}
{{- if .cfg.serviceAccount.create }}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ .name }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "ferroflux.componentLabels" . | nindent 4 }}
  {{- with .cfg.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}
{{- end -}}

{{/* Names of the controllers this release deploys, in a fixed order. */}}
{{- define "ferroflux.enabledControllers" -}}
{{- $v := .Values -}}
{{- $names := list -}}
{{- if $v.sourceController.create }}{{ $names = append $names "source-controller" }}{{ end -}}
{{- if $v.kustomizeController.create }}{{ $names = append $names "kustomize-controller" }}{{ end -}}
{{- if $v.helmController.create }}{{ $names = append $names "helm-controller" }}{{ end -}}
{{- if $v.imageAutomationController.create }}{{ $names = append $names "image-automation-controller" }}{{ end -}}
{{- if $v.notificationController.create }}{{ $names = append $names "notification-controller" }}{{ end -}}
{{- toJson $names -}}
{{- end -}}
