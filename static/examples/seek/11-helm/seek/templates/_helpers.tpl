{{/*
Named templates shared by the chart's objects. Files starting with an underscore
produce no object of their own.
*/}}

{{/*
Base name of every object: the release name when it already says "seek" (release
"seek" gives seek, seek-workers, seek-mysql, ...), else "<release>-seek".
Kubernetes names are limited to 63 characters.
*/}}
{{- define "seek.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/*
Labels every object carries, in addition to its app.kubernetes.io/name and component.
*/}}
{{- define "seek.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
app.kubernetes.io/part-of: seek
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{ include "seek.selectorLabels" . }}
{{- end -}}

{{/*
The part of the selectors that keeps two releases in one namespace apart.
*/}}
{{- define "seek.selectorLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/*
An image reference from an image block of values.yaml ({repository, tag}).
*/}}
{{- define "seek.image" -}}
{{- printf "%s:%s" .repository .tag -}}
{{- end -}}
