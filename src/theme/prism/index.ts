/**
 * prism-react-renderer 2.4 (MIT, FormidableLabs) without the forty languages it bundles: the
 * build aliases the package to this module (docusaurus.config.ts). Setting those grammars up
 * (each `insertBefore` walks every grammar loaded) took ~170 ms of a phone's main thread on
 * every page, for a site whose code is bash, YAML and plain text. Prism here is prismjs' core;
 * the languages the site shows are added by Docusaurus from `prism.additionalLanguages`.
 * Highlight, useTokenize and normalizeTokens follow prism-react-renderer's source.
 */
import './manual';
import Prism from 'prismjs/components/prism-core';
import { createElement, useCallback, useMemo, type CSSProperties, type ReactNode } from 'react';
import clsx from 'clsx';
import type { HighlightProps, Language, PrismTheme, RenderProps, Token, TokenInputProps, TokenOutputProps, LineInputProps, LineOutputProps } from 'prism-react-renderer';

type PrismLib = typeof Prism;
type PrismToken = string | { type: string; alias?: string | string[]; content: PrismToken | PrismToken[] };
type ThemeDict = Record<string, CSSProperties> & { root: CSSProperties; plain: CSSProperties };

const newline = /\r\n|\r|\n/;

function normalizeEmptyLines(line: Token[]): void {
  if (line.length === 0) line.push({ types: ['plain'], content: '\n', empty: true });
  else if (line.length === 1 && line[0]!.content === '') {
    line[0]!.content = '\n';
    line[0]!.empty = true;
  }
}

function appendTypes(types: string[], add: string | string[]): string[] {
  if (!Array.isArray(add) && types[types.length - 1] === add) return types;
  return types.concat(add);
}

/** Prism's nested tokens as lines of flat tokens, each with the types of its ancestors. */
export function normalizeTokens(tokens: PrismToken[]): Token[][] {
  const typeStack: string[][] = [[]];
  const tokenStack: PrismToken[][] = [tokens];
  const indexStack = [0];
  const sizeStack = [tokens.length];
  let depth = 0;
  let line: Token[] = [];
  const lines = [line];
  while (depth > -1) {
    let i: number;
    while ((i = indexStack[depth]!++) < sizeStack[depth]!) {
      let types = typeStack[depth]!;
      const token = tokenStack[depth]![i]!;
      let content: PrismToken | PrismToken[];
      if (typeof token === 'string') {
        types = depth > 0 ? types : ['plain'];
        content = token;
      } else {
        types = appendTypes(types, token.type);
        if (token.alias) types = appendTypes(types, token.alias);
        content = token.content;
      }
      if (typeof content !== 'string') {
        depth++;
        typeStack.push(types);
        tokenStack.push(Array.isArray(content) ? content : [content]);
        indexStack.push(0);
        sizeStack.push(Array.isArray(content) ? content.length : 1);
        continue;
      }
      const parts = content.split(newline);
      line.push({ types, content: parts[0]! });
      for (let p = 1; p < parts.length; p++) {
        normalizeEmptyLines(line);
        lines.push((line = []));
        line.push({ types, content: parts[p]! });
      }
    }
    depth--;
    typeStack.pop();
    tokenStack.pop();
    indexStack.pop();
    sizeStack.pop();
  }
  normalizeEmptyLines(line);
  return lines;
}

export function useTokenize({ prism, code, grammar, language }: { prism: PrismLib; code: string; grammar?: Prism.Grammar; language: string }): Token[][] {
  return useMemo(() => {
    if (grammar == null) return normalizeTokens([code]);
    const env = { code, grammar, language, tokens: [] as PrismToken[] };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar) as PrismToken[];
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [code, grammar, language, prism]);
}

function themeToDict(theme: PrismTheme, language: string): ThemeDict {
  const dict = theme.styles.reduce<Record<string, CSSProperties>>((acc, entry) => {
    if (entry.languages && !entry.languages.includes(language as Language)) return acc;
    for (const type of entry.types) acc[type] = { ...acc[type], ...(entry.style as CSSProperties) };
    return acc;
  }, {});
  return { ...dict, root: theme.plain as CSSProperties, plain: { ...(theme.plain as CSSProperties), backgroundColor: undefined } };
}

function HighlightInner({ children, language: rawLanguage, code, theme, prism }: HighlightProps & { prism: PrismLib; theme: PrismTheme }): ReactNode {
  const language = rawLanguage.toLowerCase();
  const dict = themeToDict(theme, language);
  const getLineProps = useCallback(
    ({ className, style, line: _line, ...rest }: LineInputProps): LineOutputProps => ({
      ...rest,
      className: clsx('token-line', className),
      style: { ...dict.plain, ...(style ?? {}) },
    }),
    [dict],
  );
  const styleForToken = useCallback(
    ({ types, empty }: Token): CSSProperties | undefined => {
      if (types.length === 1 && types[0] === 'plain') return empty != null ? { display: 'inline-block' } : undefined;
      if (types.length === 1 && empty != null) return dict[types[0]!];
      return Object.assign(empty != null ? { display: 'inline-block' } : {}, ...types.map((type) => dict[type]));
    },
    [dict],
  );
  const getTokenProps = useCallback(
    ({ token, className, style, ...rest }: TokenInputProps): TokenOutputProps => ({
      ...rest,
      className: clsx('token', ...token.types, className),
      children: token.content,
      style: style != null ? { ...(styleForToken(token) ?? {}), ...style } : (styleForToken(token) as CSSProperties),
    }),
    [styleForToken],
  );
  const grammar = prism.languages[language];
  const tokens = useTokenize({ prism, language, code, ...(grammar ? { grammar } : {}) });
  const props: RenderProps = { tokens, className: `prism-code language-${language}`, style: dict.root, getLineProps, getTokenProps };
  return children(props);
}

export function Highlight(props: HighlightProps): ReactNode {
  if (!props.theme) throw new Error('Highlight needs a theme (Docusaurus passes the configured one)');
  return createElement(HighlightInner, { ...props, prism: (props.prism as PrismLib | undefined) ?? Prism, theme: props.theme });
}

export { Prism };
