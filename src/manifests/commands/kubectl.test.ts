import { describe, expect, it } from 'vitest';
import { checkKubectlText } from './kubectl';

const rules = (text: string) => checkKubectlText(text).map((f) => `${f.line}:${f.column} ${f.message}`);

describe('kubectl commands', () => {
  it('accepts real commands, aliases, short names and shorthand clusters', () => {
    expect(
      rules(
        [
          'kubectl get po,svc -A -o wide',
          'kubectl create deploy web --image=nginx:1.27 --dry-run=client -o yaml',
          'kubectl create cm settings --from-literal=mode=fast',
          'kubectl exec -it web-0 -c web -- sh -c "kubect1 is an argument here"',
          'kubectl rollout restart deployment/web',
          'kubectl get pods --selector app=web --watch',
          'kubectl get sts,pvc -n seek',
          'kubectl get crds',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('follows line continuations, pipes and command substitution', () => {
    expect(rules('kubectl get pods \\\n  --sort-by=.metadata.name \\\n  --limt=3')).toEqual(['3:3 kubectl get has no flag --limt']);
    expect(rules('kubectl kustomize overlays/dev | kubectl aply -f -')).toEqual(['1:42 "aply" is not a kubectl command; did you mean kubectl apply?']);
    expect(rules('POD=$(kubectl get pod -l app=web -o name --jsonpth={.x})')).toHaveLength(1);
  });

  it('skips lines that do not run kubectl: comments, output, other tools, heredoc YAML', () => {
    expect(rules('# kubect1 in a comment\ndeployment.apps/web created\nhelm install seek ./chart\ncat <<EOF | kubectl apply -f -\nkind: Pod\nEOF')).toEqual([]);
  });

  it('names the right form of a mistyped flag', () => {
    expect(rules('kubectl scale deployment web -replicas=3')).toEqual(['1:30 "-replicas" is not a flag: long flags take two dashes, write --replicas=3']);
    expect(rules('kubectl get pods —watch')).toEqual(['1:18 "—watch" starts with a typographic dash (—), not "--": write --watch']);
    expect(rules('kubectl rollout')).toEqual(['1:9 kubectl rollout needs a subcommand: history, pause, restart, resume, status, undo']);
  });
});
