// The sandbox dashboard: plain ES2020, no framework, no build step. Every piece of data comes from the admin API
// (/_sandbox/...), sent with the admin token the person gave, as "Authorization: Bearer <token>", kept in this
// tab's sessionStorage; the live table reads /_sandbox/journal/stream with fetch(), which, unlike EventSource, can
// send that header, so the token never appears in a URL or a cookie. Text from requests is only ever set as
// textContent, never parsed as HTML.
'use strict';

const TOKEN = 'codatSandbox.adminToken';
const API_KEY = 'codatSandbox.apiKey';
const MAX_ENTRIES = 1000;
const MAX_ROWS = 500;

/** Each fault kind's attributes: [name, label, kind of value, choices]. */
const KINDS = {
  'status': [['status', 'Status (400-599)', 'number'], ['message', 'Message', 'text'],
    ['retryAfterSeconds', 'Retry-After (s)', 'number'],
    ['canBeRetried', 'canBeRetried', 'choice', ['', 'Unknown', 'True', 'False']]],
  'latency': [['latencyMs', 'Delay (ms)', 'number'], ['minLatencyMs', 'Or uniform from (ms)', 'number'],
    ['maxLatencyMs', 'to (ms)', 'number'], ['medianLatencyMs', 'Or log-normal median (ms)', 'number'],
    ['sigma', 'sigma', 'number']],
  'reset': [], 'empty': [], 'malformed': [],
  'truncated': [['bodyBytes', 'Body bytes sent', 'number']],
  'dribble': [['durationMs', 'Over (ms)', 'number'], ['chunks', 'Chunks', 'number']],
  'hang': [],
  'data-not-ready': [['requests', 'Requests', 'number'], ['durationMs', 'Or for (ms)', 'number']],
  'rate-limit': [['maxConcurrent', 'Max concurrent', 'number'], ['maxRequests', 'Max requests', 'number'],
    ['windowMs', 'per window (ms)', 'number'], ['retryAfterSeconds', 'Retry-After (s)', 'number']],
  'page-drift': [['afterPage', 'After page', 'number'], ['inserted', 'Inserted', 'number'],
    ['deleted', 'Or deleted', 'number']],
  'vanishing-record': [], 'next-past-the-end': [],
  'wrong-total': [['totalResultsDelta', 'totalResults off by', 'number']],
};

const QUICK = {
  'next-503': {trigger: {type: 'next', count: 2}, fault: {type: 'status', status: 503}},
  'rate-limit': {fault: {type: 'rate-limit', maxRequests: 5, windowMs: 60000}},
  'page-drift': {operation: 'list', fault: {type: 'page-drift', afterPage: 1, inserted: 3}},
};

const $ = (id) => document.getElementById(id);

/** An element with attributes (text and on* handlers are properties) and children (strings become text). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null) continue;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child ?? '');
  return node;
}

function say(message) {
  $('error').textContent = '';
  $('status').textContent = message;
}

function complain(message) {
  $('status').textContent = '';
  $('error').textContent = message;
}

/** A failed call, with Codat's error message when the answer had one. */
class CallFailed extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function authorization() {
  const token = sessionStorage.getItem(TOKEN);
  return token ? {Authorization: 'Bearer ' + token} : {};
}

/** Calls the admin API; answers the parsed JSON (null for 204), or throws CallFailed with Codat's message. */
async function admin(method, path, body) {
  const headers = {Accept: 'application/json', ...authorization()};
  const init = {method, headers, cache: 'no-store', credentials: 'omit'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  return answer(await fetch(path, init));
}

async function answer(response) {
  if (response.status === 401) {
    const failure = await failed(response);
    showLogin();
    throw failure;
  }
  if (!response.ok) throw await failed(response);
  if (response.status === 204) return null;
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

async function failed(response) {
  let message = `The sandbox answered ${response.status}.`;
  try {
    const body = await response.json();
    if (body && typeof body.error === 'string') message = body.error;
  } catch (ignored) {
    // not Codat's body: keep the status
  }
  return new CallFailed(response.status, message);
}

/** Runs an action of the person's, showing its failure (Codat's message) in the alert. */
async function attempt(action) {
  try {
    await action();
  } catch (e) {
    complain(e instanceof CallFailed ? e.message : `The sandbox could not be reached (${e.message}).`);
  }
}

// ---- sign-in ----

function showLogin() {
  $('login').hidden = false;
  for (const view of document.querySelectorAll('.view')) view.hidden = true;
  $('sign-out').hidden = !sessionStorage.getItem(TOKEN);
  stopStream();
  $('token').focus();
}

async function start() {
  try {
    await admin('GET', '/_sandbox/clock');
  } catch (e) {
    if (!(e instanceof CallFailed && e.status === 401)) complain(e.message);
    return;
  }
  $('login').hidden = true;
  $('sign-out').hidden = !sessionStorage.getItem(TOKEN);
  connectStream();
  route();
}

$('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  sessionStorage.setItem(TOKEN, $('token').value);
  $('token').value = '';
  try {
    await admin('GET', '/_sandbox/clock');
  } catch (e) {
    complain(`The token was not accepted: ${e.message}`);
    return;
  }
  say('Signed in.');
  start();
});

$('sign-out').addEventListener('click', () => {
  sessionStorage.removeItem(TOKEN);
  say('The admin token was forgotten.');
  location.reload();
});

// ---- views ----

const VIEWS = {live: showLive, faults: loadRules, companies: loadCompanies, clock: loadClock};

function currentView() {
  const name = location.hash.slice(1);
  return VIEWS[name] ? name : 'live';
}

function route() {
  if (!$('login').hidden) return;
  const name = currentView();
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== 'view-' + name;
  for (const link of document.querySelectorAll('nav a')) {
    if (link.getAttribute('href') === '#' + name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${$(name + '-heading').textContent} - Sandbox dashboard`;
  attempt(VIEWS[name]);
}

window.addEventListener('hashchange', () => {
  say('');
  route();
  $(currentView() + '-heading').setAttribute('tabindex', '-1');
  $(currentView() + '-heading').focus();
});

// ---- live requests ----

const live = {entries: [], bySequence: new Map(), controller: null, retries: 0, selected: null};

function stopStream() {
  if (live.controller) live.controller.abort();
  live.controller = null;
}

/** Reads the journal's event stream; on its end, reconnects and reads the journal again. */
async function connectStream() {
  stopStream();
  const controller = new AbortController();
  live.controller = controller;
  $('live-state').textContent = 'Connecting…';
  try {
    const response = await fetch('/_sandbox/journal/stream', {
      headers: {Accept: 'text/event-stream', ...authorization()}, cache: 'no-store', credentials: 'omit',
      signal: controller.signal,
    });
    if (response.status === 401) {
      showLogin();
      return;
    }
    if (!response.ok) throw new CallFailed(response.status, (await failed(response)).message);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const {value, done} = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n?/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        await onEvent(block);
      }
    }
  } catch (e) {
    if (controller.signal.aborted) return;
    console.warn('The journal stream ended:', e);
  }
  if (live.controller !== controller) return;
  const delay = Math.min(1000 * 2 ** live.retries++, 10000);
  $('live-state').textContent = `Disconnected; reconnecting in ${delay / 1000} s.`;
  setTimeout(() => {
    if (live.controller === controller) connectStream();
  }, delay);
}

async function onEvent(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  if (name === 'ready') {
    live.retries = 0;
    $('live-state').textContent = 'Live: new requests appear as they end.';
    const entries = await admin('GET', '/_sandbox/journal');
    entries.forEach(keep);
    renderRows();
  } else if (name === 'entry' && data.length) {
    const entry = JSON.parse(data.join('\n'));
    if (keep(entry)) {
      addRow(entry);
      afterEntry(entry);
    }
  }
}

/** Keeps an entry in sequence order (events may arrive slightly out of order); false if it was already kept. */
function keep(entry) {
  if (live.bySequence.has(entry.sequence)) return false;
  live.bySequence.set(entry.sequence, entry);
  let at = live.entries.length;
  while (at > 0 && live.entries[at - 1].sequence > entry.sequence) at--;
  live.entries.splice(at, 0, entry);
  while (live.entries.length > MAX_ENTRIES) live.bySequence.delete(live.entries.shift().sequence);
  return true;
}

function filters() {
  return {
    company: $('filter-company').value.trim().toLowerCase(),
    operation: $('filter-operation').value,
    status: $('filter-status').value.trim().toLowerCase(),
    fault: $('filter-fault').value.trim().toLowerCase(),
  };
}

function shown(entry, f) {
  if (f.company && !(entry.company || '').toLowerCase().includes(f.company)) return false;
  if (f.operation && entry.operation !== f.operation) return false;
  if (f.status) {
    const status = entry.status === null ? 'none' : String(entry.status);
    if (/^[1-5]xx$/.test(f.status) ? status[0] !== f.status[0] : status !== f.status) return false;
  }
  if (f.fault) {
    const fault = entry.fault ? [String(entry.fault), String(entry.faultType)] : [];
    if (f.fault === 'any' ? !fault.length : f.fault === 'none' ? fault.length : !fault.includes(f.fault)) {
      return false;
    }
  }
  return true;
}

function statusText(entry) {
  return entry.status === null ? 'no answer' : String(entry.status);
}

function row(entry) {
  const open = () => openEntry(entry.sequence);
  const status = entry.status === null ? 0 : Math.floor(entry.status / 100);
  const tr = el('tr', {'data-sequence': entry.sequence, onclick: open},
      el('td', {}, el('button', {type: 'button', 'aria-label': `Open request ${entry.sequence}`, text:
            '#' + entry.sequence})),
      el('td', {text: entry.time.slice(11, 23)}),
      el('td', {text: entry.method}),
      el('td', {class: 'path', text: entry.path + (entry.query ? '?' + entry.query : '')}),
      el('td', {class: 's' + status, text: statusText(entry)}),
      el('td', {text: entry.company || ''}),
      el('td', {text: entry.operation || ''}),
      el('td', {text: entry.fault ? `${entry.faultType} (${entry.fault === 'header' ? 'header' : 'rule ' +
            entry.fault})` : ''}),
      el('td', {text: String(entry.durationMs)}));
  if (live.selected === entry.sequence) tr.classList.add('selected');
  return tr;
}

function addRow(entry) {
  if ($('live-pause').checked || !shown(entry, filters())) return;
  const rows = $('live-rows');
  let before = rows.firstElementChild;
  while (before && Number(before.dataset.sequence) > entry.sequence) before = before.nextElementSibling;
  rows.insertBefore(row(entry), before);
  while (rows.children.length > MAX_ROWS) rows.lastElementChild.remove();
  countRows();
}

function renderRows() {
  const rows = $('live-rows');
  rows.setAttribute('aria-busy', 'true');
  const f = filters();
  const picked = live.entries.filter((entry) => shown(entry, f)).reverse().slice(0, MAX_ROWS);
  rows.replaceChildren(...picked.map(row));
  rows.setAttribute('aria-busy', 'false');
  countRows();
}

function countRows() {
  $('live-count').textContent = `${$('live-rows').children.length} of ${live.entries.length} requests shown.`;
}

function showLive() {
  renderRows();
}

function openEntry(sequence) {
  const entry = live.bySequence.get(sequence);
  if (!entry) return;
  live.selected = sequence;
  for (const tr of $('live-rows').children) tr.classList.toggle('selected', Number(tr.dataset.sequence) === sequence);
  const fields = [['Sequence', entry.sequence], ['Time', entry.time], ['Method', entry.method], ['Path', entry.path],
    ['Query', entry.query], ['Status', statusText(entry)], ['Duration (ms)', entry.durationMs],
    ['correlationId', entry.correlationId], ['Company', entry.company], ['Operation', entry.operation],
    ['Page', entry.page], ['Fault', entry.fault ? (entry.fault === 'header' ? 'Sandbox-Fault header' : 'rule '
        + entry.fault) : 'none'], ['Fault kind', entry.faultType]];
  for (const [name, value] of Object.entries(entry.headers || {})) fields.push([`Header ${name}`, value]);
  $('detail-fields').replaceChildren(...fields.flatMap(([name, value]) =>
      [el('dt', {text: name}), el('dd', {text: value === null || value === undefined ? '—' : String(value)})]));
  $('detail-heading').textContent = `Request ${entry.sequence}: ${entry.method} ${entry.path}`;
  $('live-detail').hidden = false;
  $('detail-heading').focus();
  showAnswer(sequence);
}

const ANSWER_SHOWN = 200000;

/** Fills the detail's "Answer sent" part from /_sandbox/journal/{sequence}/answer. */
async function showAnswer(sequence) {
  $('answer-status').textContent = 'Loading the answer…';
  $('answer-headers').replaceChildren();
  $('answer-body').textContent = '';
  let sent;
  try {
    sent = await admin('GET', `/_sandbox/journal/${sequence}/answer`);
  } catch (e) {
    if (live.selected === sequence) $('answer-status').textContent = `No answer to show: ${e.message}`;
    return;
  }
  if (live.selected !== sequence) return;
  $('answer-status').textContent = sent.status === null ? 'No answer was sent.'
      : `Status ${sent.status}, ${sent.bodyBytes === null ? 'no body' : sent.bodyBytes + ' bytes of body'}.`;
  $('answer-headers').replaceChildren(...Object.entries(sent.headers || {}).flatMap(([name, value]) =>
      [el('dt', {text: name}), el('dd', {text: value})]));
  const body = sent.body !== null ? sent.body : sent.bodyBase64 !== null ? `(base64) ${sent.bodyBase64}` : '';
  $('answer-body').textContent = body.length > ANSWER_SHOWN
      ? body.slice(0, ANSWER_SHOWN) + `\n… ${body.length - ANSWER_SHOWN} more characters` : body;
}

$('detail-close').addEventListener('click', () => {
  $('live-detail').hidden = true;
  const button = document.querySelector(`#live-rows tr[data-sequence="${live.selected}"] button`);
  live.selected = null;
  if (button) button.focus();
});

for (const id of ['filter-company', 'filter-operation', 'filter-status', 'filter-fault', 'live-pause']) {
  $(id).addEventListener('input', renderRows);
  $(id).addEventListener('change', renderRows);
}
$('live-filters').addEventListener('submit', (event) => event.preventDefault());

$('live-clear').addEventListener('click', () => attempt(async () => {
  await admin('DELETE', '/_sandbox/journal');
  live.entries = [];
  live.bySequence.clear();
  renderRows();
  say('The journal was cleared.');
}));

let refreshTimer = null;

/** Keeps the open view's counts current as requests end: rule counts, a company's push operations. */
function afterEntry(entry) {
  const view = currentView();
  const company = companyView.id;
  const stale = view === 'faults'
      || (view === 'companies' && company && (entry.company || '').toLowerCase() === company.toLowerCase());
  if (!stale || refreshTimer) return;
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    if (currentView() === 'faults') attempt(loadRules);
    else if (currentView() === 'companies' && companyView.id) attempt(loadPushes);
  }, 300);
}

// ---- faults ----

function describeScope(rule) {
  const parts = [];
  if (rule.company) parts.push(`company ${rule.company}`);
  if (rule.operation) parts.push(rule.operation);
  if (rule.method) parts.push(rule.method);
  if (rule.page) parts.push(`page ${rule.page}`);
  return parts.length ? parts.join(', ') : 'every request';
}

function describeTrigger(trigger) {
  if (!trigger || trigger.type === 'always') return 'always';
  if (trigger.type === 'next') return `next ${trigger.count}`;
  if (trigger.type === 'every') return `every ${trigger.nth}th`;
  if (trigger.type === 'after') return `after ${trigger.count}`;
  if (trigger.type === 'probability') return `probability ${trigger.p}`;
  return JSON.stringify(trigger);
}

function describeFault(fault) {
  const {type, ...attributes} = fault;
  const text = Object.entries(attributes).map(([name, value]) => `${name}=${value}`).join(', ');
  return text ? `${type}: ${text}` : type;
}

async function loadRules() {
  const rules = await admin('GET', '/_sandbox/faults');
  $('rules-rows').replaceChildren(...rules.map((rule) => el('tr', {'data-rule': rule.id},
      el('td', {text: rule.id}),
      el('td', {text: describeScope(rule)}),
      el('td', {text: describeTrigger(rule.trigger)}),
      el('td', {text: describeFault(rule.fault)}),
      el('td', {class: 'matched', text: String(rule.matched)}),
      el('td', {class: 'fired', text: String(rule.fired)}),
      el('td', {}, el('button', {type: 'button', text: 'Delete', 'aria-label': `Delete rule ${rule.id}`,
        onclick: () => attempt(async () => {
          await admin('DELETE', `/_sandbox/faults/${encodeURIComponent(rule.id)}`);
          await loadRules();
          say(`Rule ${rule.id} was deleted.`);
          $('rules-delete-all').focus();
        })})))));
  $('rules-empty').hidden = rules.length > 0;
  $('rules-table').hidden = rules.length === 0;
}

async function addRule(rule) {
  const added = await admin('POST', '/_sandbox/faults', rule);
  await loadRules();
  say(`Rule ${added.id} was added: ${describeFault(added.fault)}, ${describeTrigger(added.trigger)}.`);
}

for (const button of document.querySelectorAll('[data-quick]')) {
  button.addEventListener('click', () => attempt(() => addRule(QUICK[button.dataset.quick])));
}

$('rules-delete-all').addEventListener('click', () => attempt(async () => {
  await admin('DELETE', '/_sandbox/faults');
  await loadRules();
  say('Every rule was deleted.');
}));

$('rule-kind').append(...Object.keys(KINDS).map((kind) => el('option', {value: kind, text: kind})));

function showAttributes() {
  const fields = KINDS[$('rule-kind').value].map(([name, label, kind, choices]) => {
    const id = 'attribute-' + name;
    const input = kind === 'choice'
        ? el('select', {id, 'data-attribute': name}, ...choices.map((c) => el('option', {value: c, text: c || '—'})))
        : el('input', {id, 'data-attribute': name, type: 'text', size: 10,
          inputmode: kind === 'number' ? 'decimal' : undefined});
    return el('div', {class: 'field'}, el('label', {for: id, text: label}), input);
  });
  $('rule-attributes').replaceChildren(...fields);
}

function showTriggerParameter() {
  const type = $('rule-trigger').value;
  $('trigger-param').hidden = type === 'always';
  $('rule-trigger-label').textContent = type === 'probability' ? 'p (0 to 1)' : 'N';
}

$('rule-kind').addEventListener('change', showAttributes);
$('rule-trigger').addEventListener('change', showTriggerParameter);
showAttributes();
showTriggerParameter();

/** Text as the JSON value it reads as: a number when it is one, else the text, so the API names a bad value. */
function value(text) {
  const trimmed = text.trim();
  return trimmed !== '' && !Number.isNaN(Number(trimmed)) ? Number(trimmed) : trimmed;
}

function ruleFromForm() {
  const rule = {};
  for (const name of ['company', 'operation', 'method']) {
    const text = $('rule-' + name).value.trim();
    if (text) rule[name] = text;
  }
  if ($('rule-page').value.trim()) rule.page = value($('rule-page').value);
  const trigger = $('rule-trigger').value;
  rule.trigger = {type: trigger};
  const parameter = $('rule-trigger-value').value;
  if (trigger === 'next' || trigger === 'after') rule.trigger.count = value(parameter);
  if (trigger === 'every') rule.trigger.nth = value(parameter);
  if (trigger === 'probability') rule.trigger.p = value(parameter);
  for (const key of Object.keys(rule.trigger)) if (rule.trigger[key] === '') delete rule.trigger[key];
  rule.fault = {type: $('rule-kind').value};
  for (const input of $('rule-attributes').querySelectorAll('[data-attribute]')) {
    if (input.value.trim() !== '') {
      rule.fault[input.dataset.attribute] = input.dataset.attribute === 'message' ? input.value : value(input.value);
    }
  }
  return rule;
}

$('rule-form').addEventListener('submit', (event) => {
  event.preventDefault();
  attempt(() => addRule(ruleFromForm()));
});

// ---- companies, customers, push operations ----

const companyView = {id: null, page: 1, lastPage: 1};

async function loadCompanies() {
  const state = await admin('GET', '/_sandbox/companies');
  $('fixtures-dir').textContent = `Fixture folder: ${state.fixturesDir}`;
  $('companies-rows').replaceChildren(...state.companies.map((company) => el('tr', {},
      el('td', {}, el('button', {type: 'button', text: company.id, 'aria-label': `Open company ${company.id}`,
        onclick: () => attempt(() => openCompany(company.id))})),
      el('td', {text: company.name}),
      el('td', {text: company.source}),
      el('td', {text: company.file || ''}),
      el('td', {text: String(company.customers)}),
      el('td', {text: company.changed ? 'yes' : 'no'}))));
}

async function openCompany(id) {
  const company = await admin('GET', `/_sandbox/companies/${encodeURIComponent(id)}`);
  companyView.id = company.id;
  companyView.page = 1;
  $('company').hidden = false;
  $('company-heading').textContent = `Company ${company.name}`;
  $('company-summary').textContent = `Id ${company.id}; source ${company.source}`
      + `${company.file ? ` (${company.file})` : ''}; ${company.customers} customers`
      + `${company.changed ? '; changed since the last reset' : ''}.`;
  $('customers-rows').replaceChildren();
  $('customers-position').textContent = '';
  $('company-heading').focus();
  await Promise.all([loadPushes(), loadCustomers()]);
}

$('company-open-form').addEventListener('submit', (event) => {
  event.preventDefault();
  attempt(() => openCompany($('company-open-id').value.trim()));
});

function apiKeyHeader() {
  const key = $('api-key').value;
  sessionStorage.setItem(API_KEY, key);
  const bytes = new TextEncoder().encode(key);
  return 'Basic ' + btoa(String.fromCharCode(...bytes));
}

/** A page of the company's customers from Codat's own endpoint, as a client would read it. */
async function loadCustomers() {
  const id = companyView.id;
  const size = $('customers-page-size').value;
  const path = `/companies/${encodeURIComponent(id)}/data/customers?page=${companyView.page}&pageSize=${size}`;
  const page = await answerOfCodat(await fetch(path, {
    headers: {Accept: 'application/json', Authorization: apiKeyHeader()}, cache: 'no-store', credentials: 'omit',
  }));
  companyView.lastPage = Math.max(1, Math.ceil(page.totalResults / page.pageSize));
  $('customers-rows').replaceChildren(...page.results.map((customer) => el('tr', {},
      el('td', {class: 'mono', text: customer.id}),
      el('td', {text: customer.customerName || ''}),
      el('td', {text: customer.status || ''}),
      el('td', {text: customer.defaultCurrency || ''}),
      el('td', {text: customer.modifiedDate || ''}))));
  $('customers-position').textContent = `Page ${page.pageNumber} of ${companyView.lastPage}, `
      + `${page.totalResults} customers`;
  $('customers-previous').disabled = !page._links.previous;
  $('customers-next').disabled = !page._links.next;
}

/** Codat's endpoint: a 401 there is about the API key, not the admin token. */
async function answerOfCodat(response) {
  if (!response.ok) throw await failed(response);
  return response.json();
}

$('customers-form').addEventListener('submit', (event) => {
  event.preventDefault();
  companyView.page = 1;
  attempt(loadCustomers);
});
$('customers-previous').addEventListener('click', () => {
  companyView.page = Math.max(1, companyView.page - 1);
  attempt(loadCustomers);
});
$('customers-next').addEventListener('click', () => {
  companyView.page += 1;
  attempt(loadCustomers);
});

async function loadPushes() {
  const id = companyView.id;
  const operations = await admin('GET', `/_sandbox/companies/${encodeURIComponent(id)}/push/operations`);
  $('pushes-rows').replaceChildren(...operations.map((operation) => {
    const key = operation.pushOperationKey;
    const settle = (status, label) => el('button', {type: 'button', text: label,
      'aria-label': `${label}: push operation ${key}`, onclick: () => attempt(() => settlePush(key, status))});
    return el('tr', {'data-push': key},
        el('td', {class: 'mono', text: key}),
        el('td', {text: operation.requestedOnUtc}),
        el('td', {text: operation.completedOnUtc || ''}),
        el('td', {class: 'push-status', text: operation.status}),
        el('td', {text: String(operation.statusCode)}),
        el('td', {text: operation.errorMessage || ''}),
        el('td', {}, ...(operation.status === 'Pending'
            ? [settle('Success', 'Settle as success'), ' ', settle('Failed', 'Settle as failure'), ' ',
              settle('TimedOut', 'Time out')] : [])));
  }));
  $('pushes-empty').hidden = operations.length > 0;
}

async function settlePush(key, status) {
  const outcome = {status};
  const message = $('settle-message').value.trim();
  if (status === 'Failed' && message) outcome.errorMessage = message;
  const path = `/_sandbox/companies/${encodeURIComponent(companyView.id)}/push/operations/`
      + `${encodeURIComponent(key)}/settle`;
  const settled = await admin('POST', path, outcome);
  await loadPushes();
  say(`Push operation ${key} is ${settled.status}.`);
  $('pushes-refresh').focus();
}

$('pushes-refresh').addEventListener('click', () => attempt(loadPushes));

$('company-export').addEventListener('click', () => attempt(async () => {
  const id = companyView.id;
  const expand = $('company-export-expand').checked;
  const response = await fetch(`/_sandbox/companies/${encodeURIComponent(id)}/fixture${expand ? '?expand=true' : ''}`,
      {headers: {Accept: 'application/json', ...authorization()}, cache: 'no-store', credentials: 'omit'});
  if (response.status === 401) showLogin();
  if (!response.ok) throw await failed(response);
  const url = URL.createObjectURL(await response.blob());
  const link = el('a', {href: url, download: `${id}.json`, hidden: ''});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say(`Company ${id} was exported as ${id}.json.`);
}));

// ---- clock ----

const clock = {now: null, frozen: true, readAt: 0, timer: null};

function showClock(state) {
  clock.now = Date.parse(state.now);
  clock.frozen = state.frozen;
  clock.readAt = Date.now();
  $('clock-now').textContent = state.now;
  $('clock-state').textContent = state.frozen ? '(frozen)' : '(running)';
}

async function loadClock() {
  showClock(await admin('GET', '/_sandbox/clock'));
  if (!clock.timer) {
    clock.timer = setInterval(() => {
      if (currentView() !== 'clock') {
        clearInterval(clock.timer);
        clock.timer = null;
      } else if (!clock.frozen && clock.now !== null) {
        $('clock-now').textContent = new Date(clock.now + Date.now() - clock.readAt).toISOString();
      }
    }, 1000);
  }
}

async function clockCall(method, path, body, done) {
  showClock(await admin(method, path, body));
  say(`${done} ${$('clock-now').textContent}${clock.frozen ? ', frozen' : ''}.`);
}

$('clock-freeze').addEventListener('click', () => attempt(() =>
  clockCall('POST', '/_sandbox/clock/freeze', undefined, 'The clock is frozen at')));
$('clock-unfreeze').addEventListener('click', () => attempt(() =>
  clockCall('POST', '/_sandbox/clock/unfreeze', undefined, 'The clock runs on from')));
$('clock-real').addEventListener('click', () => attempt(() =>
  clockCall('DELETE', '/_sandbox/clock', undefined, 'The clock is back to real time:')));

$('clock-set-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const wanted = {frozen: $('clock-set-frozen').checked};
  if ($('clock-set-now').value.trim()) wanted.now = $('clock-set-now').value.trim();
  attempt(() => clockCall('PUT', '/_sandbox/clock', wanted, 'The clock is set to'));
});

function advance(byMs) {
  attempt(() => clockCall('POST', '/_sandbox/clock/advance', {byMs: value(String(byMs))}, 'The clock is now'));
}

$('clock-advance-form').addEventListener('submit', (event) => {
  event.preventDefault();
  advance($('clock-advance-ms').value);
});
for (const button of document.querySelectorAll('[data-advance]')) {
  button.addEventListener('click', () => advance(button.dataset.advance));
}

// ---- start ----

$('api-key').value = sessionStorage.getItem(API_KEY) ?? 'demo';
// A page left (or kept in the back-forward cache) gives its stream's connection back: browsers allow six per host.
window.addEventListener('pagehide', stopStream);
window.addEventListener('pageshow', (event) => {
  if (event.persisted) start();
});
start();
