// hvmon dashboard: reads the JSON API (friendly values) every few seconds and follows /hvm/events as a live feed.
// Plain script, no framework, nothing from another origin. Data is only ever put into the page as text, never as
// HTML. When the API asks for a key, the user types it once; it stays in this tab (sessionStorage) and goes in the
// X-API-KEY header of each request, never in a URL. The event stream is read with fetch (not EventSource), for that
// header.
"use strict";

const REFRESH_MS = 10000;
const EVENTS_KEPT = 200;
const KEY_STORE = "hvmon.apiKey";

const state = { vms: [], hosts: [], sort: { key: "name", type: "text", dir: 1 }, filter: "", lastEventId: null,
  keyRequired: false, refreshTimer: null, streamAbort: null, detailId: null };

const $ = (id) => document.getElementById(id);

function apiKey() { return sessionStorage.getItem(KEY_STORE); }

function headers(extra) {
  const h = Object.assign({ "Accept": "application/json" }, extra || {});
  const key = apiKey();
  if (key) { h["X-API-KEY"] = key; }
  return h;
}

class KeyNeeded extends Error {}

async function getJson(path) {
  const response = await fetch(path, { headers: headers(), cache: "no-store" });
  if (response.status === 401) { throw new KeyNeeded(); }
  if (response.status === 503 && path.startsWith("/hvm/vms")) { return []; } // no host collected yet
  if (!response.ok) { throw new Error(path + ": HTTP " + response.status); }
  return response.json();
}

// ---- formatting

function text(value) { return value === null || value === undefined ? "" : String(value); }

function duration(seconds) {
  if (seconds === null || seconds === undefined) { return ""; }
  let s = Math.round(seconds);
  const d = Math.floor(s / 86400); s -= d * 86400;
  const h = Math.floor(s / 3600); s -= h * 3600;
  const m = Math.floor(s / 60); s -= m * 60;
  if (d > 0) { return d + " d " + h + " h"; }
  if (h > 0) { return h + " h " + m + " min"; }
  if (m > 0) { return m + " min " + s + " s"; }
  return s + " s";
}

function mebibytes(mb) {
  if (mb === null || mb === undefined) { return ""; }
  return mb >= 1024 ? (mb / 1024).toFixed(1) + " GiB" : mb + " MiB";
}

function tone(value) {
  const v = text(value).toLowerCase();
  if (["ok", "normal", "running", "up to date", "true"].includes(v)) { return "ok"; }
  if (v.includes("critical") || v.includes("failure") || v.includes("lost") || v.includes("error")
      || v === "non-recoverable error" || v === "unreachable") { return "bad"; }
  if (v.includes("warning") || v.includes("degraded") || v.includes("stale") || v.includes("paused")) { return "warn"; }
  return "";
}

function cell(row, value, className) {
  const td = document.createElement("td");
  td.textContent = value;
  const t = className === undefined ? tone(value) : className;
  if (t) { td.className = t; }
  row.appendChild(td);
  return td;
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.className = isError ? "error" : "";
}

// ---- hosts

function renderHosts() {
  const body = $("hosts").tBodies[0];
  body.replaceChildren();
  const now = Date.now();
  for (const host of state.hosts) {
    const row = document.createElement("tr");
    row.dataset.host = host.name;
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = host.name;
    row.appendChild(th);
    const status = host.stale ? "stale" : host.ready ? "ok" : host.error ? "unreachable" : "waiting";
    cell(row, status);
    const age = host.collected_at ? duration((now - Date.parse(host.collected_at)) / 1000) : "no data";
    cell(row, age, host.stale ? "warn" : "").dataset.collectedAt = text(host.collected_at);
    cell(row, text(host.vm_count), "");
    cell(row, text(host.vms_by_state ? host.vms_by_state.running || 0 : ""), "");
    const replication = host.replication_by_health || {};
    cell(row, Object.keys(replication).map((k) => k + " " + replication[k]).join(", "));
    cell(row, host.vmms ? text(host.vmms.state) : "");
    cell(row, text(host.error), "bad");
    body.appendChild(row);
  }
}

function tickAges() {
  const now = Date.now();
  for (const td of document.querySelectorAll("#hosts td[data-collected-at]")) {
    if (td.dataset.collectedAt) { td.textContent = duration((now - Date.parse(td.dataset.collectedAt)) / 1000); }
  }
}

// ---- VMs

function matches(vm, filter) {
  if (!filter) { return true; }
  const haystack = [vm.name, vm.host, vm.state, vm.health_state, vm.heartbeat, vm.replication_health,
    vm.guest_operating_system, (vm.ipv4_addresses || []).join(" "), (vm.ipv6_addresses || []).join(" "), vm.id]
    .map(text).join(" ").toLowerCase();
  return filter.toLowerCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}

function sortValue(vm, key, type) {
  const v = vm[key];
  if (type === "number") { return v === null || v === undefined ? -Infinity : Number(v); }
  return Array.isArray(v) ? v.join(" ").toLowerCase() : text(v).toLowerCase();
}

function renderVms() {
  const { key, type, dir } = state.sort;
  const shown = state.vms.filter((vm) => matches(vm, state.filter)).sort((a, b) => {
    const x = sortValue(a, key, type), y = sortValue(b, key, type);
    return (x < y ? -1 : x > y ? 1 : 0) * dir || text(a.name).localeCompare(text(b.name));
  });
  const body = $("vms").tBodies[0];
  body.replaceChildren();
  for (const vm of shown) {
    const row = document.createElement("tr");
    row.tabIndex = 0;
    row.dataset.id = vm.id;
    row.setAttribute("aria-label", "VM " + vm.name + ": open its details");
    cell(row, text(vm.name), "");
    cell(row, text(vm.host || vm.host_computer_system_name), "");
    cell(row, text(vm.state));
    cell(row, text(vm.health_state));
    cell(row, text(vm.heartbeat));
    cell(row, vm.state === "Running" ? duration(vm.uptime / 1000) : "", "");
    cell(row, mebibytes(vm.memory_usage), "");
    cell(row, vm.replication_health === "Not Applicable" ? "" : text(vm.replication_health));
    cell(row, duration(vm.replication_lag_seconds), "");
    cell(row, (vm.ipv4_addresses || []).join(", "), "");
    body.appendChild(row);
  }
  $("vm-count").textContent = shown.length === state.vms.length ? "(" + state.vms.length + ")"
    : "(" + shown.length + " of " + state.vms.length + ")";
  for (const th of $("vms").tHead.rows[0].cells) {
    if (th.dataset.key === key) { th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending"); }
    else { th.removeAttribute("aria-sort"); }
  }
}

function renderReplication() {
  const body = $("replication").tBodies[0];
  body.replaceChildren();
  const replicated = state.vms.filter((vm) => vm.replication_state && vm.replication_state !== "Disabled"
    && vm.replication_state !== "Not Applicable")
    .sort((a, b) => text(a.name).localeCompare(text(b.name)));
  for (const vm of replicated) {
    const row = document.createElement("tr");
    cell(row, text(vm.name), "");
    cell(row, text(vm.host || vm.host_computer_system_name), "");
    cell(row, text(vm.replication_state));
    cell(row, text(vm.replication_health));
    cell(row, text(vm.replication_mode), "");
    cell(row, vm.last_replication_time ? new Date(vm.last_replication_time).toLocaleString() : "", "");
    cell(row, duration(vm.replication_lag_seconds), "");
    cell(row, duration(vm.replication_interval_seconds), "");
    body.appendChild(row);
  }
  if (replicated.length === 0) {
    const row = document.createElement("tr");
    const td = cell(row, "No VM takes part in Hyper-V Replica.", "");
    td.colSpan = 8;
    body.appendChild(row);
  }
}

// ---- one VM

async function showDetail(id) {
  state.detailId = id;
  let vm;
  try {
    vm = await getJson("/hvm/vms/" + encodeURIComponent(id) + "?values=friendly");
  } catch (e) {
    if (e instanceof KeyNeeded) { askForKey(); return; }
    setStatus("Could not read the VM: " + e.message, true);
    return;
  }
  $("detail-title").textContent = "VM " + text(vm.name);
  const list = $("detail");
  list.replaceChildren();
  for (const [key, value] of Object.entries(vm)) {
    const dt = document.createElement("dt");
    dt.textContent = key;
    const dd = document.createElement("dd");
    dd.textContent = value !== null && typeof value === "object" ? JSON.stringify(value) : text(value);
    list.append(dt, dd);
  }
  $("detail-panel").hidden = false;
  $("detail-close").focus();
}

function closeDetail() {
  const id = state.detailId;
  state.detailId = null;
  $("detail-panel").hidden = true;
  const row = id && document.querySelector('#vms tr[data-id="' + CSS.escape(id) + '"]');
  if (row) { row.focus(); }
}

// ---- refresh

async function refresh() {
  try {
    const [hosts, vms] = await Promise.all([getJson("/hvm/hosts?values=friendly"), getJson("/hvm/vms?values=friendly")]);
    state.hosts = hosts;
    state.vms = vms;
    renderHosts();
    renderVms();
    renderReplication();
    const stale = hosts.filter((h) => h.stale || !h.ready).length;
    setStatus(hosts.length + " host(s), " + vms.length + " VM(s)" + (stale ? "; " + stale + " without fresh data" : "")
      + " · updated " + new Date().toLocaleTimeString(), stale > 0);
  } catch (e) {
    if (e instanceof KeyNeeded) { askForKey(); return; }
    setStatus("Could not reach hvmon: " + e.message, true);
  }
}

function scheduleRefresh(delay) {
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(async () => {
    await refresh();
    scheduleRefresh(REFRESH_MS);
  }, delay);
}

// ---- events (server-sent events read through fetch, so that the key can go in a header)

function describeValue(v) {
  if (!v) { return "–"; }
  return text(v.friendly) || text(v.numeric);
}

function addEvent(event) {
  const list = $("events");
  const item = document.createElement("li");
  item.dataset.type = text(event.type);
  const time = document.createElement("time");
  time.dateTime = text(event.time);
  time.textContent = new Date(event.time).toLocaleTimeString() + " · " + text(event.host);
  const what = document.createElement("span");
  const subject = event.vm_name ? event.vm_name + ": " : "";
  what.textContent = subject + text(event.type).replaceAll("_", " ") + " "
    + describeValue(event.old) + " → " + describeValue(event.new);
  const t = tone(describeValue(event.new));
  if (t) { what.className = t; }
  item.append(time, what);
  list.prepend(item);
  while (list.children.length > EVENTS_KEPT) { list.lastElementChild.remove(); }
}

function parseEvents(buffer, onEvent) {
  // Events end with a blank line; fields are "name: value" lines; lines starting with ':' are comments.
  let end;
  while ((end = buffer.indexOf("\n\n")) >= 0) {
    const block = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    let id = null, data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) { continue; }
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "id") { id = value; } else if (field === "data") { data.push(value); }
    }
    if (data.length) { onEvent(id, data.join("\n")); }
  }
  return buffer;
}

async function followEvents(attempt) {
  const status = $("events-status");
  const controller = new AbortController();
  state.streamAbort = controller;
  const extra = { "Accept": "text/event-stream" };
  if (state.lastEventId) { extra["Last-Event-ID"] = state.lastEventId; }
  try {
    const response = await fetch("/hvm/events", { headers: headers(extra), cache: "no-store",
      signal: controller.signal });
    if (response.status === 401) { status.textContent = "(needs the key)"; return; }
    if (response.status === 404) { status.textContent = "(this hvmon has no event feed)"; return; }
    if (!response.ok || !response.body) { throw new Error("HTTP " + response.status); }
    status.textContent = "(live)";
    attempt = 0;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) { break; }
      buffer = parseEvents((buffer + value).replace(/\r\n?/g, "\n"), (id, data) => {
        if (id) { state.lastEventId = id; }
        try { addEvent(JSON.parse(data)); } catch (e) { return; }
        scheduleRefresh(1000); // something changed: show it soon
      });
    }
  } catch (e) {
    if (controller.signal.aborted) { return; }
    status.textContent = "(reconnecting…)";
  }
  const wait = Math.min(30000, 1000 * 2 ** Math.min(attempt, 5));
  setTimeout(() => followEvents(attempt + 1), wait);
}

// ---- the key

function askForKey() {
  if (apiKey()) { // the key given was refused
    sessionStorage.removeItem(KEY_STORE);
    $("key-error").textContent = "That key was refused. Check it and try again.";
  }
  $("key-panel").hidden = false;
  $("forget-key").hidden = true;
  setStatus("An API key is needed.", true);
  $("key-input").focus();
}

function start() {
  $("key-panel").hidden = true;
  $("forget-key").hidden = !apiKey();
  if (state.streamAbort) { state.streamAbort.abort(); }
  scheduleRefresh(0);
  followEvents(0);
}

// ---- wiring

function wire() {
  $("filter").addEventListener("input", (e) => { state.filter = e.target.value; renderVms(); });
  for (const th of $("vms").tHead.rows[0].cells) {
    th.querySelector("button").addEventListener("click", () => {
      const key = th.dataset.key;
      state.sort = { key, type: th.dataset.type || "text", dir: state.sort.key === key ? -state.sort.dir : 1 };
      renderVms();
    });
  }
  const vmBody = $("vms").tBodies[0];
  vmBody.addEventListener("click", (e) => {
    const row = e.target.closest("tr[data-id]");
    if (row) { showDetail(row.dataset.id); }
  });
  vmBody.addEventListener("keydown", (e) => {
    const row = e.target.closest("tr[data-id]");
    if (row && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); showDetail(row.dataset.id); }
  });
  $("detail-close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !$("detail-panel").hidden) { closeDetail(); }
  });
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem(KEY_STORE, $("key-input").value);
    $("key-input").value = "";
    $("key-error").textContent = "";
    start();
  });
  $("forget-key").addEventListener("click", () => {
    sessionStorage.removeItem(KEY_STORE);
    if (state.streamAbort) { state.streamAbort.abort(); }
    location.reload();
  });
  setInterval(tickAges, 1000);
}

async function main() {
  wire();
  try {
    const settings = await (await fetch("/ui/settings.json", { cache: "no-store" })).json();
    state.keyRequired = settings.key_required;
  } catch (e) {
    state.keyRequired = false;
  }
  if (state.keyRequired && !apiKey()) { askForKey(); return; }
  start();
}

main();
