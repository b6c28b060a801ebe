// The measuring half of deploy/bench/kiosk-sessions, which starts a demo server first and passes
// everything below in the environment. It can also be run by hand against a running demo server
// (from 127.0.0.1, which the demo takes for its kiosk):
//   STATION_URL=http://127.0.0.1:8780 SERVER_JVM_PID=… JCMD=…/bin/jcmd SESSIONS=10 \
//   node --experimental-websocket deploy/bench/kiosk-sessions.mjs     (the flag only on Node 20 and 21)
//
// A protocol-level kiosk: each session speaks Vaadin Flow 25's wire protocol as Chromium does (recorded
// once with playwright-core), without a browser:
//   1. GET /                                  the bootstrap page; sets JSESSIONID
//   2. GET /?v-r=init&location=&query=&…      the UI: its id, CSRF token, push id, first state-tree changes
//   3. WebSocket /VAADIN/push?v-r=push&…      server push (Atmosphere, message-size framing), kept open
//                                             for the life of the page; Vaadin 25 sends the client's
//                                             messages by XHR all the same (alwaysXhrToServer)
//   4. POST /?v-r=uidl&v-uiId=…  ui-navigate "/"        the home screen; sets the kiosk's device cookie
//   5. POST …  ui-navigate to the tile's href          a tile is a router link: the browser's router turns
//                                                      the click into this navigation event, not a click
//   6. POST …  click on the "返回首页" button             a DOM event on the button's state node
// The body of a UIDL POST is {"csrfToken","rpc":[…],"syncId":<last server syncId seen>,"clientId":<the
// clientId of the last response>}; a response carries syncId, clientId and "changes" to the state tree.
// The client keeps just enough of the tree (attached nodes, their attributes, children and listeners)
// to find elements by id and to check what the screen shows.
//
// Like the browser, a session sends a heartbeat every heartbeatInterval (300 s) and opens its push
// connection again when the server drops it (it does every 90 s: WildFly's read-timeout, as nothing
// is read from a push connection).
//
// WARM_UP sessions open first (not counted: they take the one-time costs of class loading, JIT and
// caches). Then the baseline (plain GETs of a static file at the same concurrency) and a heap snapshot
// after forced GC; then SESSIONS sessions, at most CONCURRENCY requests in flight (each of CONCURRENCY
// workers drives one session at a time, its requests one after another); every session stays open,
// its push connection too, while the heap is measured again. Last, every session sends a heartbeat, to
// show it is still alive. Heap is the total of live objects in jcmd GC.class_histogram (which runs a
// full GC); the classes that grew most are listed per session.
// The last line of output is key=value pairs; the exit status is non-zero if a session failed or it
// could not measure.
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);

const baseUrl = (process.env.STATION_URL || 'http://127.0.0.1:8780').replace(/\/$/, '');
const jvmPid = required('SERVER_JVM_PID');
const jcmdPath = process.env.JCMD || 'jcmd';
const sessions = positiveInt(process.env.SESSIONS ?? '1000', 'SESSIONS');
const concurrency = positiveInt(process.env.CONCURRENCY ?? '50', 'CONCURRENCY');
const pluginId = process.env.PLUGIN || 'policy-lookup';
const WARM_UP = 10;
const HTTP_WAIT = 30_000; // for one HTTP request, its body included
const PUSH_WAIT = 30_000; // for the push connection to open and greet
const JCMD_WAIT = 180_000; // for one jcmd call
const HISTOGRAM_TOP = 15; // classes listed by growth
const BASELINE_PATH = '/icons/station.svg';

// What Chromium 156 on the demo kiosk (1920x1080, zh-CN) sends; the server keeps it per session.
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) '
  + 'HeadlessChrome/156.0.0.0 Safari/537.36';
const BROWSER_HEADERS = { 'User-Agent': USER_AGENT, 'Accept-Language': 'zh-CN' };
const BROWSER_DETAILS = 'v-sh=1080&v-sw=1920&v-wh=1080&v-ww=1920&v-bh=1080&v-bw=1920&v-tzo=0&v-dstd=0'
  + '&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE'
  + '&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false';
// Values for the event data a click listener asks for (as Chromium sent them for a tap on a button).
const CLICK_DATA = {
  'event.shiftKey': false, 'event.metaKey': false, 'event.ctrlKey': false, 'event.altKey': false,
  'event.detail': 1, 'event.button': 0, 'event.clientX': 114, 'event.clientY': 253,
  'event.screenX': 124, 'event.screenY': 350,
};

if (typeof WebSocket !== 'function') {
  console.error('No WebSocket in this Node.js: run it with --experimental-websocket (Node 20 and 21) or on Node 22+.');
  process.exit(2);
}

const open = []; // every session opened, warm-up ones included; they stay open until the end
const failures = [];

async function main() {
  let exitCode = 0;
  try {
    const warmUp = await openSessions(WARM_UP, Math.min(concurrency, WARM_UP), 'warm-up');
    log(`warm-up: ${WARM_UP} sessions home → ${pluginId} → home, clicks p50 ${ms(percentile(warmUp.clicks, 50))} ms`);

    const baseline = await baselineGets(2 * sessions);
    log(`baseline: ${baseline.length} × GET ${BASELINE_PATH} at concurrency ${concurrency},`
      + ` p50 ${ms(percentile(baseline, 50), 1)} ms, p95 ${ms(percentile(baseline, 95), 1)} ms`);

    const before = await heapSnapshot(`before the ${sessions} sessions (${WARM_UP} warm-up sessions open)`);

    const started = performance.now();
    const measured = await openSessions(sessions, concurrency, 'sessions');
    const seconds = (performance.now() - started) / 1000;
    log(`${sessions} sessions opened and clicked through in ${seconds.toFixed(1)} s`
      + ` (${(sessions / seconds).toFixed(1)} sessions/s, concurrency ${concurrency})`);
    log(`  page GET p95 ${ms(percentile(measured.pages, 95))} ms; init p95 ${ms(percentile(measured.inits, 95))} ms;`
      + ` first UIDL (home screen) p50 ${ms(percentile(measured.homes, 50))} ms p95 ${ms(percentile(measured.homes, 95))} ms`);
    log(`  clicks: tile → ${pluginId} p50 ${ms(percentile(measured.tiles, 50))} ms p95 ${ms(percentile(measured.tiles, 95))} ms;`
      + ` home button p50 ${ms(percentile(measured.backs, 50))} ms p95 ${ms(percentile(measured.backs, 95))} ms;`
      + ` max ${ms(Math.max(...measured.clicks))} ms`);

    const after = await heapSnapshot(`after, all ${WARM_UP + sessions} sessions open`);
    const perSessionKb = (after.bytes - before.bytes) / 1024 / sessions;
    log(`live heap grew ${mb(after.bytes - before.bytes)} MB for ${sessions} sessions;`
      + ` top classes by growth (per session):`);
    for (const line of growth(before.classes, after.classes, sessions)) log(`  ${line}`);

    const alive = await heartbeats();
    const pushes = open.filter(s => s.pushAlive()).length;
    log(`after measuring: ${alive}/${open.length} sessions answered a heartbeat; ${pushes} push connections alive`
      + ` (${open.filter(s => s.ws?.readyState === WebSocket.OPEN).length} open this moment,`
      + ` ${open.reduce((n, s) => n + s.reconnects, 0)} reopened after the server closed them),`
      + ` ${open.reduce((n, s) => n + s.pushed, 0)} push messages received`);
    if (alive !== open.length) throw new Error(`${open.length - alive} sessions did not survive the measurement`);
    if (pushes !== open.length) throw new Error(`${open.length - pushes} push connections were lost`);
    if (failures.length) throw new Error(`${failures.length} failure(s) while the sessions were open`);

    console.log(`sessions=${sessions} completed=${measured.completed} heap_per_session_kb=${perSessionKb.toFixed(1)}`
      + ` roundtrip_p95_ms=${ms(percentile(measured.clicks, 95))} roundtrip_p50_ms=${ms(percentile(measured.clicks, 50))}`
      + ` baseline_ms=${ms(percentile(baseline, 95), 1)} heap_before_mb=${mb(before.bytes)} heap_after_mb=${mb(after.bytes)}`
      + ` concurrency=${concurrency}`);
  } catch (e) {
    console.error(`kiosk-sessions failed: ${e.message}`);
    for (const f of failures.slice(0, 5)) console.error(`  ${f}`);
    if (failures.length > 5) console.error(`  … and ${failures.length - 5} more`);
    exitCode = 1;
  } finally {
    for (const s of open) s.close();
  }
  process.exit(exitCode);
}

// ---------------------------------------------------------------------------------------------------

/**
 * Opens count sessions with workers drivers, each one home → plugin → home; returns the times (ms) of
 * each step. Stops starting sessions at the first failure, and throws once the ones under way end.
 */
async function openSessions(count, workers, label) {
  const times = { pages: [], inits: [], homes: [], tiles: [], backs: [], clicks: [], completed: 0 };
  const every = count >= 200 ? 100 : count;
  let next = 0;
  const worker = async () => {
    while (next < count && failures.length === 0) {
      const index = next++;
      const session = new KioskSession(`${label} ${index + 1}`);
      open.push(session);
      try {
        const t = await session.clickThrough();
        for (const key of ['pages', 'inits', 'homes', 'tiles', 'backs']) times[key].push(t[key]);
        times.clicks.push(t.tiles, t.backs);
        times.completed++;
        if (times.completed % every === 0 && count >= 200) {
          log(`  ${times.completed}/${count} sessions, last ${every}: clicks p95`
            + ` ${ms(percentile(times.clicks.slice(-2 * every), 95))} ms`);
        }
      } catch (e) {
        failures.push(`${session.name}: ${e.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  if (failures.length) {
    throw new Error(`${label}: ${failures.length} session(s) failed, after ${times.completed} completed`);
  }
  return times;
}

/**
 * One kiosk page: a cookie jar, the UI's ids and tokens, the push connection and the part of the state
 * tree the checks need.
 */
class KioskSession {
  constructor(name) {
    this.name = name;
    this.cookies = new Map();
    this.nodes = new Map(); // attached node id → { attrs, children, listeners }
    this.constants = {};
    this.pushed = 0;
    this.ws = null;
    this.heartbeat = null;
    this.reconnect = null;
    this.reconnects = 0;
    this.pushLost = null;
    this.closed = false;
  }

  async clickThrough() {
    const t = {};
    let started = performance.now();
    const page = await this.request('GET', '/', { accept: 'text/html' });
    if (!/<div id="outlet">/.test(page)) throw new Error(`GET / gave no Vaadin bootstrap page: ${page.slice(0, 200)}`);
    t.pages = performance.now() - started;

    started = performance.now();
    const init = parseJson(await this.request('GET',
      `/?v-r=init&location=&query=&${BROWSER_DETAILS}&v-curdate=${Date.now()}&v-wn=v-${Math.random()}`,
      { accept: 'application/json' }), 'the init answer');
    t.inits = performance.now() - started;
    const config = init.appConfig;
    if (!config || !config.uidl || config['v-uiId'] === undefined) {
      throw new Error(`the init answer has no UI: ${JSON.stringify(init).slice(0, 300)}`);
    }
    this.uiId = config['v-uiId'];
    this.csrf = config.uidl['Vaadin-Security-Key'];
    this.syncId = config.uidl.syncId;
    this.clientId = config.uidl.clientId;
    this.apply(config.uidl);
    await this.openPush(config.uidl['Vaadin-Push-ID']);
    this.keepAlive(config.heartbeatInterval);

    // As the browser's router does on load: navigate to the page's own location. This first screen
    // identifies the kiosk, which writes its last-seen time; all sessions here are the one demo kiosk,
    // and two such writes at once fail on the row's version (OptimisticLockException, an error screen),
    // so first screens go one at a time. Real kiosks are each their own row.
    t.homes = await oneAtATime(() => this.uidl(navigate('/', '')));
    const tile = this.expectHome('the first home screen');

    t.tiles = await this.uidl(navigate(tile.attrs.href, 'client'));
    const back = this.expectPluginScreen();

    t.backs = await this.uidl({ type: 'event', node: back.id, event: 'click', data: this.eventData(back, 'click') });
    this.expectHome('the home screen after the plugin');
    // Done clicking: keep only what the heartbeat needs (the tree is the client's, not the server's, cost).
    this.nodes = new Map();
    this.constants = {};
    return t;
  }

  /** The home screen with the plugin's tile: the tile's node. */
  expectHome(what) {
    const tile = this.byId(`tile-${pluginId}`);
    if (!tile) {
      const tiles = [...this.nodes.values()].map(n => n.attrs.id).filter(id => /^tile-/.test(id ?? ''));
      throw new Error(`${what} has no #tile-${pluginId} (tiles: ${tiles.join(', ') || 'none'}; ${this.ids()})`);
    }
    if (this.byId('service-home')) throw new Error(`${what} still has the plugin screen's home button`);
    if (!tile.attrs.href) throw new Error(`#tile-${pluginId} has no href`);
    return tile;
  }

  /** The plugin's screen: the host's home button, and beside it the plugin's own view. */
  expectPluginScreen() {
    const back = this.byId('service-home');
    if (!back) throw new Error(`the tile led to no plugin screen (no #service-home; ${this.ids()})`);
    if (this.byId(`tile-${pluginId}`)) throw new Error('the home screen\'s tile is still there after the tile');
    if (this.byId('plugin-unavailable')) throw new Error(`the plugin screen says ${pluginId} is unavailable`);
    const host = [...this.nodes.values()].find(n => n.children.includes(back.id));
    if (!host || host.children.length < 2) throw new Error('the plugin screen shows nothing beside the home button');
    if (!back.listeners.click) throw new Error('the home button has no click listener');
    return back;
  }

  /** The event data the server asked for (a listener's constant lists its expressions). */
  eventData(node, event) {
    const wanted = this.constants[node.listeners[event]] ?? {};
    return Object.fromEntries(Object.keys(wanted).filter(k => k.startsWith('event.'))
      .map(k => [k, k in CLICK_DATA ? CLICK_DATA[k] : null]));
  }

  /** Sends one RPC and applies the answer; returns the round trip in ms (request sent → body read). */
  async uidl(rpc) {
    const body = JSON.stringify({ csrfToken: this.csrf, rpc: [rpc], syncId: this.syncId, clientId: this.clientId });
    const started = performance.now();
    const text = await this.request('POST', `/?v-r=uidl&v-uiId=${this.uiId}`,
      { body, accept: '*/*', contentType: 'application/json; charset=UTF-8' });
    const elapsed = performance.now() - started;
    const answer = parseUidl(text);
    if (answer.meta && (answer.meta.sessionExpired || answer.meta.appError || answer.meta.resynchronize)) {
      throw new Error(`${rpc.event} answered ${JSON.stringify(answer.meta).slice(0, 300)}`);
    }
    if (typeof answer.syncId !== 'number' || typeof answer.clientId !== 'number') {
      throw new Error(`${rpc.event} answered no syncId/clientId: ${text.slice(0, 300)}`);
    }
    this.apply(answer);
    return elapsed;
  }

  /** Applies a UIDL message's changes to the client's copy of the state tree. */
  apply(message) {
    if (typeof message.syncId === 'number' && message.syncId > (this.syncId ?? -1)) this.syncId = message.syncId;
    if (typeof message.clientId === 'number') this.clientId = message.clientId;
    Object.assign(this.constants, message.constants ?? {});
    for (const c of message.changes ?? []) {
      if (c.type === 'attach') {
        this.nodes.set(c.node, { id: c.node, attrs: {}, children: [], listeners: {} });
        continue;
      }
      if (c.type === 'detach') {
        this.nodes.delete(c.node);
        continue;
      }
      const node = this.nodes.get(c.node);
      if (!node) continue;
      if (c.type === 'put' && c.feat === 3) node.attrs[c.key] = c.value; // element attributes
      else if (c.type === 'put' && c.feat === 7) node.text = c.value; // a text node
      else if (c.type === 'put' && c.feat === 4) node.listeners[c.key] = c.value; // DOM event listeners
      else if (c.type === 'remove' && c.feat === 3) delete node.attrs[c.key];
      else if (c.type === 'remove' && c.feat === 4) delete node.listeners[c.key];
      else if (c.type === 'clear' && c.feat === 2) node.children = [];
      else if (c.type === 'splice' && c.feat === 2) { // element children
        node.children.splice(c.index, c.remove ?? 0, ...(c.addNodes ?? []));
      }
    }
  }

  byId(id) {
    for (const node of this.nodes.values()) if (node.attrs.id === id) return node;
    return null;
  }

  /** What the screen shows, for a message: element ids, or the text of an error screen. */
  ids() {
    const error = [...this.nodes.values()].find(n => /exception|error/i.test(n.text ?? ''));
    if (error) return `an error screen: ${error.text.slice(0, 300)}`;
    return [...this.nodes.values()].map(n => n.attrs.id).filter(Boolean).slice(0, 20).join(', ') || 'none';
  }

  /**
   * Opens the push WebSocket as vaadinPush.js does and waits for Atmosphere's greeting. Messages are
   * "<length>|<payload>"; the first payload is "<uuid>|<heartbeat>|X|", "X" alone is Atmosphere's
   * heartbeat, anything else a UIDL message (applied to the tree like an answer). The server closes a
   * push connection after about 90 s (Chromium sees the same); as the browser does, the session opens it
   * again 5 s later, as the same Atmosphere client (its uuid) and with the last server syncId it saw.
   */
  async openPush(pushId) {
    this.pushId = pushId;
    this.trackingId = '0';
    await this.connectPush();
  }

  async connectPush() {
    const url = `${baseUrl.replace(/^http/, 'ws')}/VAADIN/push?v-r=push&v-uiId=${this.uiId}`
      + `&v-pushId=${encodeURIComponent(this.pushId)}&X-Atmosphere-tracking-id=${this.trackingId}`
      + '&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true'
      + `&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=${this.syncId}`;
    const ws = new WebSocket(url, { headers: { ...BROWSER_HEADERS, Cookie: this.cookieHeader() } });
    this.ws = ws;
    const first = this.trackingId === '0';
    let buffer = '';
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the push connection did not open within ${PUSH_WAIT / 1000} s`)),
        PUSH_WAIT);
      const opened = () => {
        clearTimeout(timer);
        resolve();
      };
      ws.onerror = () => { clearTimeout(timer); reject(new Error('the push connection failed')); };
      ws.onclose = e => { clearTimeout(timer); reject(new Error(`the push connection closed (${e.code})`)); };
      // A reconnection gets no greeting, only padding.
      if (!first) ws.onopen = opened;
      ws.onmessage = event => {
        buffer = (buffer + String(event.data)).trimStart();
        for (let m; (m = /^(\d+)\|/.exec(buffer)) && buffer.length >= m[0].length + Number(m[1]);) {
          const payload = buffer.slice(m[0].length, m[0].length + Number(m[1]));
          buffer = buffer.slice(m[0].length + Number(m[1])).trimStart();
          if (/\|X\|$/.test(payload)) {
            this.trackingId = payload.split('|')[0];
            opened();
          } else if (payload !== 'X') {
            this.pushed++;
            try {
              this.apply(parseUidl(payload));
            } catch (e) {
              failures.push(`${this.name}: a push message could not be read: ${e.message}`);
            }
          }
        }
      };
    });
    ws.onerror = null;
    ws.onclose = () => {
      if (this.closed) return;
      this.reconnects++;
      this.reconnect = setTimeout(() => this.connectPush().catch(e => {
        if (this.closed) return;
        this.pushLost = e.message;
        failures.push(`${this.name}: the push connection could not open again: ${e.message}`);
      }), 5_000);
    };
  }

  /** The push connection is open, or closed by the server a moment ago and opening again. */
  pushAlive() {
    return this.ws !== null && !this.pushLost;
  }

  /** As the browser: a heartbeat every heartbeatInterval seconds keeps the UI from being closed. */
  keepAlive(intervalSeconds) {
    if (intervalSeconds > 0) {
      this.heartbeat = setInterval(() => this.sendHeartbeat().catch(e =>
        failures.push(`${this.name}: heartbeat failed: ${e.message}`)), intervalSeconds * 1000);
    }
  }

  async sendHeartbeat() {
    await this.request('POST', `/?v-r=heartbeat&v-uiId=${this.uiId}`, { body: '', contentType: 'text/plain;charset=utf-8' });
  }

  async request(method, path, { body, accept = '*/*', contentType } = {}) {
    const headers = { ...BROWSER_HEADERS, Accept: accept };
    if (contentType) headers['Content-Type'] = contentType;
    if (this.cookies.size) headers.Cookie = this.cookieHeader();
    let response, text;
    try {
      response = await fetch(`${baseUrl}${path}`, { method, body, headers, signal: AbortSignal.timeout(HTTP_WAIT) });
      text = await response.text();
    } catch (e) {
      throw new Error(`${method} ${path.slice(0, 40)} failed: ${e.cause?.message ?? e.message}`);
    }
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    if (response.status !== 200) {
      throw new Error(`${method} ${path.slice(0, 40)} answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    return text;
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  close() {
    this.closed = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.reconnect);
    if (this.ws) {
      this.ws.onmessage = null;
      this.ws.onclose = null;
      try { this.ws.close(); } catch { /* closing anyway */ }
    }
  }
}

let firstScreens = Promise.resolve();

/** Runs task after every task passed here before it has ended. */
function oneAtATime(task) {
  const result = firstScreens.then(task);
  firstScreens = result.catch(() => {});
  return result;
}

function navigate(route, trigger) {
  return {
    type: 'event', node: 1, event: 'ui-navigate',
    data: { route, query: '', appShellTitle: '幸福驿站 Happiness Station', historyState: { idx: 0 }, trigger },
  };
}

/** A UIDL answer; older Flow versions wrap it as for(;;);[…]. */
function parseUidl(text) {
  const json = text.startsWith('for(;;);') ? text.slice(8).replace(/^\[/, '').replace(/\]\s*$/, '') : text;
  return parseJson(json, 'a UIDL message');
}

function parseJson(text, what) {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON: ${text.slice(0, 200)}`);
  }
}

/** count plain GETs of a static file at the benchmark's concurrency, with a fresh client (no cookie). */
async function baselineGets(count) {
  const times = [];
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}${BASELINE_PATH}`, {
        headers: BROWSER_HEADERS, signal: AbortSignal.timeout(HTTP_WAIT),
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${BASELINE_PATH} answered HTTP ${response.status}`);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return times;
}

/** A heartbeat from every open session, concurrency at a time; how many the server took. */
async function heartbeats() {
  let next = 0;
  let alive = 0;
  const worker = async () => {
    while (next < open.length) {
      const session = open[next++];
      try {
        await session.sendHeartbeat();
        alive++;
      } catch (e) {
        failures.push(`${session.name}: the last heartbeat: ${e.message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return alive;
}

/** Live heap after forced GC: jcmd GC.class_histogram counts live objects only (it runs a full GC). */
async function heapSnapshot(label) {
  for (let i = 0; i < 2; i++) await jcmd('GC.run');
  const histogram = await jcmd('GC.class_histogram');
  const total = /^Total\s+(\d+)\s+(\d+)/m.exec(histogram);
  if (!total) throw new Error(`unexpected jcmd GC.class_histogram output: ${histogram.slice(0, 600)}`);
  const classes = new Map();
  for (const line of histogram.split('\n')) {
    const row = /^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)/.exec(line);
    if (row) {
      const seen = classes.get(row[3]) ?? { instances: 0, bytes: 0 };
      // Same name, other loaders: add up.
      classes.set(row[3], { instances: seen.instances + Number(row[1]), bytes: seen.bytes + Number(row[2]) });
    }
  }
  const info = await jcmd('GC.heap_info');
  const used = /used (\d+)K/.exec(info);
  const bytes = Number(total[2]);
  log(`${label}: live objects ${mb(bytes)} MB (${total[1]} instances)`
    + (used ? `, heap used ${mb(Number(used[1]) * 1024)} MB` : ''));
  return { bytes, classes };
}

/** The classes whose live bytes grew most, per session. */
function growth(before, after, count) {
  return [...after]
    .map(([name, a]) => {
      const b = before.get(name) ?? { instances: 0, bytes: 0 };
      return { name, bytes: a.bytes - b.bytes, instances: a.instances - b.instances };
    })
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, HISTOGRAM_TOP)
    .map(g => `${(g.bytes / 1024 / count).toFixed(1).padStart(7)} KB ${(g.instances / count).toFixed(1).padStart(8)} ×  ${g.name}`);
}

async function jcmd(...command) {
  try {
    const { stdout } = await run(jcmdPath, [String(jvmPid), ...command], { timeout: JCMD_WAIT, maxBuffer: 256 << 20 });
    return stdout;
  } catch (e) {
    throw new Error(`jcmd ${jvmPid} ${command.join(' ')} failed: ${(e.stderr || e.stdout || e.message).toString().trim().slice(0, 400)}`);
  }
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value, digits = 0) {
  return value.toFixed(digits);
}

function mb(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} must be set (deploy/bench/kiosk-sessions sets it).`);
    process.exit(2);
  }
  return value;
}

function positiveInt(text, name) {
  if (!/^[1-9]\d*$/.test(text)) {
    console.error(`${name} must be a positive whole number, not "${text}".`);
    process.exit(2);
  }
  return Number(text);
}

function log(line) {
  console.log(line);
}

// Last, once everything above (the session class too) is defined.
await main();
