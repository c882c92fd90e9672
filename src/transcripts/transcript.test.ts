import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { listChapterFiles } from '../frontmatter/chapter';
import { DOCS_DIR } from './pages';
import { commandsOf, notRunReason, programsOf, transcriptOf, unlabelledOutputs } from './transcript';

describe('commandsOf', () => {
  it('joins continuation lines, keeps heredocs whole and drops comments', () => {
    const block = ['# make it', 'kubectl create secret generic db \\', '  --from-literal=a=b', '', 'kubectl apply -f - <<EOF', 'apiVersion: v1', 'EOF', 'kubectl get pods'].join('\n');
    expect(commandsOf(block, 10)).toEqual([
      { text: 'kubectl create secret generic db \\\n  --from-literal=a=b', line: 11 },
      { text: 'kubectl apply -f - <<EOF\napiVersion: v1\nEOF', line: 14 },
      { text: 'kubectl get pods', line: 17 },
    ]);
  });
});

describe('which commands run against a control plane without kubelets', () => {
  it('names the programs of pipelines and substitutions', () => {
    expect(programsOf('FOO=1 kubectl get secret db -o jsonpath={.data.a} | base64 -d && echo "$(openssl rand -hex 4)"')).toEqual(['kubectl', 'base64', 'echo', 'openssl']);
    expect(programsOf("kubectl get pods | grep -E 'Running|Pending' ; echo \"a|b; c\"")).toEqual(['kubectl', 'grep', 'echo']);
  });

  it('runs kubectl, helm and shell tools; not other programs, nor kubectl commands that need a kubelet or never end', () => {
    expect(notRunReason('kubectl get pods -o wide')).toBeUndefined();
    expect(notRunReason('helm install seek ./seek --namespace seek')).toBeUndefined();
    expect(notRunReason('kubectl --namespace seek rollout status deployment/seek')).toBeUndefined();
    expect(notRunReason('docker run -d fairdom/seek:1.18')).toBe('needs docker');
    expect(notRunReason('kubectl logs deployment/seek')).toBe('kubectl logs needs a kubelet (container logs)');
    expect(notRunReason('kubectl --namespace seek exec -it seek-0 -- bash')).toBe('kubectl exec needs a kubelet (a running container)');
    expect(notRunReason('kubectl get pods -w')).toBe('watches until stopped');
    expect(notRunReason('kubectl run tmp --rm -it --image=busybox:1.36 -- sh')).toMatch(/attaches a terminal/);
    expect(notRunReason('kubectl config use-context kind-practice')).toMatch(/own cluster/);
  });
});

describe('transcriptOf', () => {
  it('turns titled YAML blocks into files and shell blocks into commands, in page order, with the block mode', () => {
    const page = [
      '```yaml title="web.yaml"', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: web', '```', '',
      '```bash', 'kubectl apply -f web.yaml', '```', '',
      '```bash transcript="fails"', 'kubectl apply -f broken.yaml', '```', '',
      '```bash transcript="skip" reason="needs a real node"', 'kubectl get pods', '```', '',
    ].join('\n');
    expect(transcriptOf(page, 'p.mdx')).toEqual([
      { kind: 'file', name: 'web.yaml', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web', line: 1 },
      { kind: 'command', command: { text: 'kubectl apply -f web.yaml', line: 9, block: 8, fails: false } },
      { kind: 'command', command: { text: 'kubectl apply -f broken.yaml', line: 13, block: 12, fails: true } },
      { kind: 'command', command: { text: 'kubectl get pods', line: 17, block: 16, fails: false, notRun: 'needs a real node' } },
    ]);
  });

  it('wants a reason for a skipped block, and knows only run, fails and skip', () => {
    expect(() => transcriptOf('```bash transcript="skip"\nkubectl get pods\n```\n', 'p.mdx')).toThrow(/needs reason=/);
    expect(() => transcriptOf('```bash transcript="maybe"\nkubectl get pods\n```\n', 'p.mdx')).toThrow(/not run, fails or skip/);
  });
});

describe('unlabelledOutputs', () => {
  const page = (meta: string) => ['```bash', 'kubectl get pods', '```', '', `\`\`\`${meta}`, 'NAME   READY', '```', ''].join('\n');

  it('wants the text block after commands captured or marked as a sample, and says where', () => {
    expect(unlabelledOutputs(page('text'), 'p.mdx')).toEqual([
      'p.mdx:5: the text block after the commands at line 1 shows their output: capture it (```text output```, then npm run transcripts -- --update) or mark it as written by hand (```text sample```)',
    ]);
    expect(unlabelledOutputs(page(''), 'p.mdx')).toHaveLength(1);
    expect(unlabelledOutputs(page('text output sample'), 'p.mdx')[0]).toMatch(/^p\.mdx:5: .*not both/);
  });

  it('accepts captured and sample blocks, files shown as titled blocks, and text not after commands', () => {
    expect(unlabelledOutputs(page('text output'), 'p.mdx')).toEqual([]);
    expect(unlabelledOutputs(page('text sample'), 'p.mdx')).toEqual([]);
    expect(unlabelledOutputs(page('text title="db.env"'), 'p.mdx')).toEqual([]);
    expect(unlabelledOutputs('Some prose.\n\n```text\nA diagram in text\n```\n', 'p.mdx')).toEqual([]);
  });
});

describe('the pages of the book', () => {
  it('show each output after a command as captured or as a sample', () => {
    const problems = listChapterFiles(DOCS_DIR).flatMap((file) =>
      unlabelledOutputs(fs.readFileSync(path.join(DOCS_DIR, file), 'utf8'), `docs/${file}`),
    );
    expect(problems).toEqual([]);
  });
});
