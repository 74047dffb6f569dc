// One designer session: which draft we edit (id + concurrency stamp), and the toolbar's actions against the definitions API.
import { api } from '../shared/api.js';
import { el, texts, flash, format, errorText } from '../shared/dom.js';
import { ServerLint } from './lint.js';
import { Versions } from './versions.js';
import { FormDesigner } from './form-designer.js';
import { ActivityCard } from './activity-card.js';
import { blankDiagram } from './blank.js';

/** Fits the diagram into the canvas, leaving the palette's strip on the left free so no element sits under it. */
function fitBesidePalette(canvas) {
  const palette = canvas.getContainer().querySelector('.djs-palette');
  canvas.zoom('fit-viewport', 'auto');
  const box = canvas.viewbox();
  const pad = (palette ? palette.offsetLeft + palette.offsetWidth + 24 : 0) / box.scale;
  canvas.viewbox({ x: box.x - pad, y: box.y, width: box.width + pad, height: box.height });
}

export class DesignerSession {
  constructor(modeler, root) {
    this.modeler = modeler;
    this.root = root;
    this.t = texts(root);
    this.tenantId = root.dataset.tenantId || null;
    this.canDesign = root.dataset.canDesign === 'true';
    this.draft = null;
    this.key = null;
    this.problems = root.querySelector('[data-role="problems"]');
    this.lint = new ServerLint(modeler, { onResult: result => this.showProblems(result.errors) });
    this.versions = new Versions(modeler, { list: root.querySelector('[data-role="versions"]'), diff: root.querySelector('[data-role="diff"]'), t: this.t });
    new FormDesigner(modeler, { button: root.querySelector('[data-action="design-form"]'), dialog: document.getElementById('form-designer') });
    new ActivityCard(modeler, root.querySelector('[data-role="activity"]'), this.t);
  }

  async start() {
    this.bind('validate', () => this.validate());
    this.bind('save', () => this.save());
    this.bind('publish', () => this.publish());
    this.bind('export', () => this.export());
    const file = this.root.querySelector('[data-role="import-file"]');
    file.addEventListener('change', () => this.import(file));
    this.bind('import', () => file.click());
    const id = this.root.dataset.definitionId;
    try {
      if (id) {
        await this.open(await api(`/definitions/${id}`), await api(`/definitions/${id}/xml`, { raw: true }));
      } else {
        const key = 'process_' + Math.random().toString(36).slice(2, 8);
        await this.modeler.importXML(blankDiagram(key, this.t.newProcess));
        await this.afterImport();
      }
    } catch (error) {
      flash(errorText(error, this.t), 'danger');
    }
  }

  bind(action, handler) {
    for (const button of this.root.querySelectorAll(`[data-action="${action}"]`)) {
      button.addEventListener('click', async () => {
        button.disabled = true;
        try {
          await handler();
        } catch (error) {
          flash(error.status ? errorText(error, this.t) : String(error.message || error), 'danger');
        } finally {
          button.disabled = false;
        }
      });
    }
  }

  async open(definition, xml) {
    await this.modeler.importXML(xml);
    this.draft = definition.status === 'Draft' && (definition.tenantId || null) === this.tenantId ? definition : null;
    await this.afterImport();
  }

  processKey() {
    const root = this.modeler.get('canvas').getRootElement().businessObject;
    return root.$type === 'bpmn:Process' ? root.id : root.processRef?.id;
  }

  /** After any import: the key may have changed, so find this town's draft of it (its stamp is needed to replace it). */
  async afterImport() {
    this.key = this.processKey();
    fitBesidePalette(this.modeler.get('canvas'));
    const versions = await this.versions.load(this.key);
    const own = versions.find(v => v.status === 'Draft' && (v.tenantId || null) === this.tenantId);
    this.draft = own ? await api(`/definitions/${own.id}`) : null;
    this.showStatus();
  }

  showStatus() {
    const status = this.root.querySelector('[data-role="status"]');
    status.textContent = `${this.key || ''} · ${this.draft ? this.t.draftExists : this.t.noDraft}`;
  }

  showProblems(errors) {
    const badge = this.root.querySelector('[data-role="problem-count"]');
    badge.textContent = errors.length;
    badge.className = `badge ${errors.length ? 'text-bg-danger' : 'text-bg-success'}`;
    this.problems.replaceChildren(...(errors.length === 0
      ? [el('li', { class: 'list-group-item small text-success' }, this.t.noProblems)]
      : errors.map(e => el('li', { class: 'list-group-item small', dataset: { elementId: e.elementId } },
        e.elementId ? el('a', { href: '#', class: 'me-1', onclick: event => { event.preventDefault(); this.select(e.elementId); } }, el('code', {}, e.elementId)) : null,
        e.message))));
  }

  select(id) {
    const element = this.modeler.get('elementRegistry').get(id);
    if (element) {
      this.modeler.get('selection').select(element);
      this.modeler.get('canvas').scrollToElement(element);
    }
  }

  async validate() {
    const result = await this.lint.run();
    flash(result.valid ? this.t.valid : format(this.t.invalid, result.errors.length), result.valid ? 'success' : 'warning');
    return result;
  }

  async xml() {
    return (await this.modeler.saveXML({ format: true })).xml;
  }

  async save() {
    const key = this.processKey();
    if (key !== this.key) {
      await this.afterImport();
    }
    const draft = await api('/definitions/drafts', { method: 'POST', body: { xml: await this.xml(), concurrencyStamp: this.draft?.concurrencyStamp ?? null } });
    this.draft = draft;
    this.lint.mark(draft.errors);
    this.showProblems(draft.errors);
    this.showStatus();
    await this.versions.load(this.key);
    flash(draft.errors.length ? format(this.t.savedWithProblems, draft.errors.length) : this.t.saved, draft.errors.length ? 'warning' : 'success');
    history.replaceState(null, '', `?id=${draft.id}`);
    return draft;
  }

  async publish() {
    const draft = await this.save();
    try {
      const published = await api(`/definitions/${draft.id}/publish`, { method: 'POST', body: { concurrencyStamp: draft.concurrencyStamp } });
      this.draft = null;
      this.showStatus();
      await this.versions.load(this.key);
      flash(format(this.t.published, published.version));
      history.replaceState(null, '', `?id=${published.id}`);
    } catch (error) {
      if (error.status === 400) {
        const errors = error.fieldErrors.map(([elementId, message]) => ({ elementId, message }));
        this.lint.mark(errors);
        this.showProblems(errors);
      }
      throw error;
    }
  }

  async export() {
    const blob = new Blob([await this.xml()], { type: 'application/xml' });
    const link = el('a', { href: URL.createObjectURL(blob), download: `${this.processKey()}.bpmn` });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  }

  async import(input) {
    const [file] = input.files;
    input.value = '';
    if (!file) {
      return;
    }
    await this.modeler.importXML(await file.text());
    await this.afterImport();
    flash(format(this.t.imported, file.name));
  }
}
