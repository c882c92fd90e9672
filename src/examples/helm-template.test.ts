import { describe, expect, it } from 'vitest';
import { createRenderer, TemplateError, tokenize, type ChartContext } from './helm-template';

const context: ChartContext = {
  Values: { name: 'web', nested: { port: 80, empty: '' }, resources: { requests: { cpu: '1' } }, on: true, off: false },
  Release: { Name: 'demo', Namespace: 'apps', Service: 'Helm' },
  Chart: { Name: 'chart', Version: '1.2.3', AppVersion: '9.9' },
};

function render(template: string, helpers = ''): string {
  const files = new Map([
    ['chart/templates/_helpers.tpl', helpers],
    ['chart/templates/t.yaml', template],
    ['chart/templates/other.yaml', 'x: {{ .Values.name }}'],
  ]);
  return createRenderer(files, context, 'chart/templates').renderFile('chart/templates/t.yaml');
}

describe('tokenize', () => {
  it('trims whitespace on the side of a dash, and drops comments', () => {
    const tokens = tokenize('a  \n  {{- .X -}}  \n b {{/* note */}}c', 't');
    expect(tokens.map((t) => t.value)).toEqual(['a', '.X', 'b ', 'c']);
  });
});

describe('the restricted renderer', () => {
  it('reads values, release and chart fields', () => {
    expect(render('{{ .Values.name }}-{{ .Release.Name }}-{{ .Chart.AppVersion }}')).toBe('web-demo-9.9');
  });

  it('runs pipelines with the previous result as the last argument', () => {
    expect(render('{{ .Values.name | quote }} {{ printf "%s-%s" .Release.Name .Chart.Name | trunc 6 | trimSuffix "-" }}')).toBe('"web" demo-c');
  });

  it('indents YAML with toYaml and nindent', () => {
    expect(render('r:\n  {{- toYaml .Values.resources | nindent 2 }}')).toBe('r:\n  requests:\n    cpu: "1"');
  });

  it('includes named templates and other files', () => {
    const helpers = '{{- define "chart.name" -}}{{ .Release.Name }}-x{{- end -}}';
    expect(render('{{ include "chart.name" . }} {{ include (print $.Template.BasePath "/other.yaml") . | sha256sum | trunc 8 }}', helpers)).toMatch(
      /^demo-x [0-9a-f]{8}$/,
    );
  });

  it('takes the first true branch of if / else if / else', () => {
    const t = '{{ if .Values.off }}a{{ else if .Values.nested.empty }}b{{ else if and .Values.on .Values.name }}c{{ else }}d{{ end }}';
    expect(render(t)).toBe('c');
    expect(render('{{ if not .Values.on }}x{{ else }}y{{ end }}{{ if eq .Values.nested.port 80 }}!{{ end }}')).toBe('y!');
  });

  it('fails on a value that does not exist, naming file and line', () => {
    expect(() => render('a: 1\nb: {{ .Values.nested.missing }}')).toThrow('chart/templates/t.yaml:2: .Values.nested.missing does not exist');
  });

  it('fails on an unknown named template and on unsupported actions', () => {
    expect(() => render('{{ include "nope" . }}')).toThrow(/no such template/);
    expect(() => render('{{ range .Values.list }}x{{ end }}')).toThrow(TemplateError);
    expect(() => render('{{ frobnicate .Values.name }}')).toThrow(/unknown function "frobnicate"/);
    expect(() => render('{{ if .Values.on }}x')).toThrow(/missing \{\{ end \}\}/);
  });

  it('honours required', () => {
    expect(() => render('{{ required "set name" .Values.nested.empty }}')).toThrow(/set name/);
  });
});
