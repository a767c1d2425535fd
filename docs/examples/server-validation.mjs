// Validating plans on the server with kompetence-elements/model: Node 20, no DOM, no other
// dependency. The browser and the server run the same parser, so a plan the elements produce is
// a plan the server accepts, and a plan the server rejects gets the same messages the user sees.
//
//   node server-validation.mjs plan.json [more.json …]    validates files: one line each, exit 1 if any is invalid
//   node server-validation.mjs --serve [--port 8090]      an HTTP endpoint: POST /plans
//
// The endpoint takes the plan the way a page sends it:
//   - as JSON (`fetch('/plans', { method: 'POST', body: JSON.stringify(event.detail.value) })`
//     in a `kompetence-change` listener, or the file that <kompetence-model> downloads), or
//   - as a form field: <kompetence-model name="plan"> in a <form method="post" action="/plans">
//     submits the plan's JSON under the name "plan" (urlencoded, or multipart with
//     enctype="multipart/form-data").
// It answers 201 with the plan's id, its completeness score and the advice ids, or 422 with the
// issues (path, code, message) in the language of the request's Accept-Language (da or en).
// In a real service the same few lines go in your framework's route, behind its login and CSRF
// protection (a form on another site can post to a route that takes form fields); store the
// *parsed* plan, and show an issue's message and path as text (they quote what was sent).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { advise, completeness, parsePlan } from 'kompetence-elements/model';

// A real plan is a few KB (the worked examples 2-4 KB), a long one some tens of KB. The plan JSON sets no
// limit on its lists, and parsePlan fills in every item: 100 KB of empty items takes some 0.5 s and
// 60 MB of memory to parse (2 MB: 15-20 s and over 1 GB), and gives a plan of 7 MB.
const MAX_BODY = 100_000;
/** Issues (and advice) sent back at most: a hostile body can have tens of thousands (the elements show a few too). */
const MAX_ISSUES = 50;

/**
 * Validates a plan (an object or its JSON text). Never throws.
 * ok: the parsed plan (complete: every missing key filled in, older versions migrated, `x-` keys
 * kept), its completeness score (0–5) and the advice on it; not ok: the issues.
 */
export function validatePlan(input, { lang = 'da' } = {}) {
  const result = parsePlan(input, { lang });
  if (!result.ok) return { ok: false, issues: result.issues };
  const { plan } = result;
  return {
    ok: true,
    plan,
    score: completeness(plan).score,
    advice: advise(plan, { lang }).map(({ id, severity, field }) => ({ id, severity, field })),
  };
}

/** `en` when the request prefers English, else `da` (the elements' default). */
export function languageOf(acceptLanguage = '') {
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}

/** The plan's JSON text from a request body: JSON as is, or the form field "plan". */
async function planFromBody(body, contentType = '') {
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType);
  if (!isForm) return body.toString('utf8');
  // Node's fetch Response parses urlencoded and multipart bodies alike.
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const field = form.get('plan');
  return typeof field === 'string' ? field : field ? await field.text() : undefined;
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
}

/** The request handler: POST /plans validates and (here) only reports; anything else is refused. */
export async function handlePlanRequest(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/plans') return send(res, 404, { error: 'not found' });
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return send(res, 405, { error: 'use POST' });
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) return send(res, 413, { error: 'the plan is too large' });
    chunks.push(chunk);
  }
  const lang = languageOf(req.headers['accept-language']);
  let text;
  try {
    text = await planFromBody(Buffer.concat(chunks), req.headers['content-type']);
  } catch {
    text = undefined;
  }
  if (text === undefined) return send(res, 400, { error: 'no plan in the request (send JSON, or a form field named "plan")' });

  const result = validatePlan(text, { lang });
  if (!result.ok) return send(res, 422, { issues: result.issues.slice(0, MAX_ISSUES), issueCount: result.issues.length });
  // Store result.plan here (it is the parsed, complete plan) under a key of your own: its id, like
  // everything in the body, is the client's data (any text), not proof of which plan it replaces.
  // The advice is cut as the issues are: 100 KB of empty list items gave a 7 MB answer.
  const advice = result.advice.slice(0, MAX_ISSUES);
  return send(res, 201, { id: result.plan.id, schemaVersion: result.plan.schemaVersion, score: result.score, advice, adviceCount: result.advice.length });
}

/** One line per file: `name: valid, 4/5, advice: …` or `name: invalid: path: message; …`. */
async function validateFiles(files) {
  let invalid = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const result = validatePlan(text, { lang: 'en' });
    const name = path.basename(file);
    if (result.ok) {
      const advice = result.advice.map((a) => a.id).join(', ') || 'none';
      console.log(`${name}: valid, ${result.score}/5 conditions met, advice: ${advice}`);
    } else {
      invalid += 1;
      console.log(`${name}: invalid: ${result.issues.map((i) => `${i.code} at ${i.path.join('.') || '(root)'}`).join('; ')}`);
    }
  }
  return invalid;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--serve') {
    const portArg = args.indexOf('--port');
    const port = Number(portArg > -1 ? args[portArg + 1] : process.env.PORT ?? 8090);
    const server = createServer((req, res) => {
      handlePlanRequest(req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      });
    });
    server.listen(port, '127.0.0.1', () => {
      console.log(`Listening on http://127.0.0.1:${server.address().port}/plans`);
    });
  } else if (args.length > 0) {
    process.exitCode = (await validateFiles(args)) > 0 ? 1 : 0;
  } else {
    console.log('Usage: node server-validation.mjs plan.json [more.json …] | --serve [--port 8090]');
    process.exitCode = 2;
  }
}
