// Version list of the process key with an element-level diff of any version against the diagram on screen.
import { api } from '../shared/api.js';
import { el, localTime, format } from '../shared/dom.js';
import { diffXml } from './diff.js';

export class Versions {
  constructor(modeler, { list, diff, t }) {
    this.modeler = modeler;
    this.list = list;
    this.diffArea = diff;
    this.t = t;
  }

  async load(key) {
    if (!key) {
      this.list.replaceChildren(el('li', { class: 'list-group-item text-muted small' }, this.t.noVersions));
      return [];
    }
    let versions = [];
    try {
      versions = await api(`/processes/${encodeURIComponent(key)}/versions`);
    } catch {
      versions = [];
    }
    this.list.replaceChildren(...(versions.length ? versions.map(v => this.row(v)) : [el('li', { class: 'list-group-item text-muted small' }, this.t.noVersions)]));
    return versions;
  }

  row(version) {
    const label = version.status === 'Draft' ? this.t.draft : format(this.t.versionN, version.version);
    const owner = version.tenantId ? this.t.town : this.t.bureau;
    return el('li', { class: 'list-group-item d-flex flex-wrap align-items-center gap-2 small', dataset: { versionId: version.id } },
      el('span', { class: `badge ${version.status === 'Draft' ? 'text-bg-warning' : 'text-bg-success'}` }, label),
      el('span', { class: 'text-muted' }, owner),
      el('span', { class: 'text-muted' }, localTime(version.publishedTime || version.creationTime)),
      el('span', { class: 'ms-auto d-flex gap-1' },
        el('a', { class: 'btn btn-sm btn-outline-secondary', href: `?id=${version.id}` }, this.t.open),
        el('button', { type: 'button', class: 'btn btn-sm btn-outline-primary', onclick: () => this.diff(version, label) }, this.t.compare)));
  }

  async diff(version, label) {
    const [oldXml, { xml: newXml }] = await Promise.all([api(`/definitions/${version.id}/xml`, { raw: true }), this.modeler.saveXML()]);
    const changes = await diffXml(oldXml, newXml);
    const names = { added: this.t.added, removed: this.t.removed, changed: this.t.changed };
    const colours = { added: 'success', removed: 'danger', changed: 'warning' };
    this.diffArea.replaceChildren(
      el('h3', { class: 'h6' }, format(this.t.diffTitle, label)),
      changes.length === 0
        ? el('p', { class: 'text-muted small mb-0' }, this.t.noChanges)
        : el('table', { class: 'table table-sm small mb-0', 'data-testid': 'version-diff' },
          el('thead', {}, el('tr', {}, el('th', {}, this.t.change), el('th', {}, 'ID'), el('th', {}, this.t.element))),
          el('tbody', {}, changes.map(c => el('tr', { dataset: { change: c.change } },
            el('td', {}, el('span', { class: `badge text-bg-${colours[c.change]}` }, names[c.change])),
            el('td', {}, el('code', {}, c.id)),
            el('td', {}, `${c.name} (${c.type})`))))));
  }
}
