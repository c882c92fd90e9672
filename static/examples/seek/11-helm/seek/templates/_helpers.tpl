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

{{/*
The Secrets the Pods read: the chart's own, or the ones named by mysql.existingSecret and
mysql.existingRootSecret (then the chart creates neither, and no password is in the values).
*/}}
{{- define "seek.dbSecretName" -}}
{{- .Values.mysql.existingSecret | default (printf "%s-db" (include "seek.fullname" .)) -}}
{{- end -}}

{{- define "seek.rootSecretName" -}}
{{- .Values.mysql.existingRootSecret | default (printf "%s-mysql-root" (include "seek.fullname" .)) -}}
{{- end -}}

{{/*
Scheduling fields of a Pod spec from a component's values (nodeSelector, tolerations,
affinity); nothing when they are empty.
*/}}
{{- define "seek.scheduling" -}}
{{- with .nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}

{{/*
The restricted Pod Security profile for a Pod that runs as the given user and group id.
*/}}
{{- define "seek.podSecurity" -}}
runAsNonRoot: true
runAsUser: {{ . }}
runAsGroup: {{ . }}
fsGroup: {{ . }}
fsGroupChangePolicy: OnRootMismatch
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/*
The restricted profile's part for each container.
*/}}
{{- define "seek.containerSecurity" -}}
allowPrivilegeEscalation: false
capabilities:
  drop: ["ALL"]
{{- end -}}

{{/*
An init container that waits until the database has the schema of this image: the
migration Job creates or migrates it. Called with (list $ imageValues).
*/}}
{{- define "seek.waitForSchema" -}}
{{- $ := index . 0 -}}
- name: wait-for-schema
  image: {{ include "seek.image" (index . 1) }}
  command:
    - bash
    - -c
    - |
      latest=$(ls /seek/db/migrate | sort -n | tail -n 1 | cut -d_ -f1)
      until mysql -h "$MYSQL_HOST" -u "$MYSQL_USER" -p"$MYSQL_PASSWORD" -N "$MYSQL_DATABASE" \
          -e "SELECT version FROM schema_migrations WHERE version = '$latest'" 2>/dev/null | grep -q .; do
        echo "waiting for migration $latest (Job {{ include "seek.fullname" $ }}-migrate)"
        sleep 5
      done
  envFrom:
    - configMapRef:
        name: {{ include "seek.fullname" $ }}-config
    - secretRef:
        name: {{ include "seek.dbSecretName" $ }}
  resources:
    requests:
      cpu: 50m
      memory: 64Mi
    limits:
      cpu: 500m
      memory: 256Mi
  securityContext:
    {{- include "seek.containerSecurity" $ | nindent 4 }}
{{- end -}}

{{/*
The probe command of the workers: every pid file of a delayed_job daemon names a live process.
*/}}
{{- define "seek.workersPidCheck" -}}
exec:
  command:
    - bash
    - -c
    - |
      shopt -s nullglob
      files=(/seek/tmp/pids/delayed_job.*.pid)
      [ ${#files[@]} -gt 0 ] || exit 1
      for f in "${files[@]}"; do kill -0 "$(cat "$f")" || exit 1; done
{{- end -}}
