// Renders a template coloured by the extension's TextMate grammar to a PNG for the README:
// shiki tokenizes with syntaxes/copydesk-article.tmLanguage.json and a VS Code theme, the
// tokens become an SVG, resvg rasterizes it. Run through ./render.sh (installs shiki and resvg
// in a temporary folder); nothing here is drawn by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHighlighter } from 'shiki';
import { Resvg } from '@resvg/resvg-js';

const [grammarPath, templatePath, outputPath] = process.argv.slice(2);
const grammar = JSON.parse(readFileSync(grammarPath, 'utf8'));
const highlighter = await createHighlighter({
  themes: ['dark-plus'],
  langs: [{ ...grammar, name: 'copydesk-article' }],
});
const code = readFileSync(templatePath, 'utf8').replace(/\s+$/, '');
const { tokens, bg, fg } = highlighter.codeToTokens(code, { lang: 'copydesk-article', theme: 'dark-plus' });

const charWidth = 8.4, lineHeight = 20, pad = 16, fontSize = 14;
const longest = Math.max(...code.split('\n').map(l => l.length));
const width = Math.ceil(pad * 2 + longest * charWidth), height = pad * 2 + tokens.length * lineHeight;
const escape = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let body = '';
tokens.forEach((line, i) => {
  let x = pad;
  for (const token of line) {
    if (token.content.trim().length > 0) {
      body += `<text x="${x.toFixed(1)}" y="${pad + (i + 1) * lineHeight - 5}" fill="${token.color ?? fg}" xml:space="preserve">${escape(token.content)}</text>`;
    }
    x += token.content.length * charWidth;
  }
});
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
  `<rect width="100%" height="100%" fill="${bg}"/>` +
  `<g font-family="DejaVu Sans Mono, monospace" font-size="${fontSize}">${body}</g></svg>`;
writeFileSync(outputPath, new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans Mono' } }).render().asPng());
console.log(`wrote ${outputPath} (${width}x${height})`);
