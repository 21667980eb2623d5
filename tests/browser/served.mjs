// A built Vigie site served on loopback as a web host serves it: the headers of its `_headers`
// file, compression, and its own 404 page in the language of the address. Used by the browser
// checks and by the Lighthouse run.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.png': 'image/png',
  '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.pdf': 'application/pdf',
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt' };
const compressed = /^(text\/|application\/(json|xml|manifest\+json)|image\/(svg\+xml|x-icon))/;

// The headers the build's `_headers` file gives a path, as Cloudflare Pages sends them: every
// matching rule's, one header set by two rules joined with a comma (two policies, both
// enforced). Netlify keeps the last instead; the build sets no header twice for one path.
function headerRules(siteDir) {
  const file = path.join(siteDir, '_headers');
  const rules = [];
  for (const line of (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else if (rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

export function site(siteDir) {
  const rules = headerRules(siteDir);
  const headersFor = (pathname) => {
    const out = {};
    for (const { pattern, headers } of rules) {
      if (!(pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern)) continue;
      for (const [name, value] of Object.entries(headers)) out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
    return out;
  };
  const isFile = (file) => file.startsWith(siteDir) && fs.existsSync(file) && fs.statSync(file).isFile();
  // The file at a URL path of the site, as status, content type, body and the rules' headers;
  // a missing one gets the 404 page of the language folder it is in, else the site's.
  const lookup = (pathname) => {
    let file = path.join(siteDir, decodeURIComponent(pathname));
    if (file.startsWith(siteDir) && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (isFile(file)) {
      return { status: 200, contentType: types[path.extname(file)] ?? 'application/octet-stream', body: fs.readFileSync(file), headers: headersFor(pathname) };
    }
    const language = pathname.split('/')[1];
    const own = /^[a-z][a-z0-9-]*$/.test(language ?? '') && isFile(path.join(siteDir, language, '404.html'))
      ? `/${language}/404.html` : '/404.html';
    return { status: 404, contentType: types['.html'], body: fs.readFileSync(path.join(siteDir, own)), headers: headersFor(own) };
  };
  return { lookup };
}

// An HTTP server on 127.0.0.1 (on `port`, else any free one) for the site, gzip for the text
// types when asked: the server and its origin.
export async function serve(siteDir, port = 0) {
  const { lookup } = site(siteDir);
  const server = http.createServer((req, res) => {
    const { status, contentType, body, headers } = lookup(new URL(req.url, 'http://x').pathname);
    const gzip = compressed.test(contentType) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, { ...headers, 'content-type': contentType, vary: 'Accept-Encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(gzip ? zlib.gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
