/** Generated, valid manifest sets for the benchmark (scripts/bench-validate.ts) and its test. */

export interface GeneratedSet {
  file: string;
  text: string;
}

function app(i: number): string {
  const name = `app-${i}`;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels:
    app.kubernetes.io/name: ${name}
spec:
  replicas: ${1 + (i % 3)}
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: ${name}
    spec:
      containers:
        - name: web
          image: registry.example.org/${name}:1.${i % 10}.0
          ports:
            - name: http
              containerPort: 8080
          envFrom:
            - configMapRef:
                name: ${name}-config
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: ${name}-secret
                  key: password
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          volumeMounts:
            - name: data
              mountPath: /data
      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: ${name}-data
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app.kubernetes.io/name: ${name}
  ports:
    - name: http
      port: 80
      targetPort: http
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config
data:
  LOG_LEVEL: info
  FEATURE_${i}: "on"
---
apiVersion: v1
kind: Secret
metadata:
  name: ${name}-secret
type: Opaque
data:
  password: c2VjcmV0LSR7aX0=
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ${name}-data
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: ${1 + (i % 5)}Gi
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ${name}
spec:
  rules:
    - host: ${name}.example.org
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: ${name}
                port:
                  name: http
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: 1
  maxReplicas: 5
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: ${name}
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: ${name}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}-cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: busybox:1.36
              command: ["sh", "-c", "echo cleaning"]
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
`;
}

/** About `count` manifests, ten per set (one application with everything around it). */
export function benchmarkManifests(count: number): GeneratedSet[] {
  const sets: GeneratedSet[] = [];
  for (let i = 0; i * 10 < count; i++) sets.push({ file: `generated/app-${i}.yaml`, text: app(i) });
  return sets;
}
