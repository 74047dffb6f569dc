// Lint on the fly: the engine's own validator (POST /api/workflows/definitions/validate), debounced after each
// change; every element it names gets a red marker and a badge with the message, and the list shows them all.
import { api } from '../shared/api.js';

const MARKER = 'portal-invalid';

export class ServerLint {
  constructor(modeler, { onResult, delay = 600 }) {
    this.modeler = modeler;
    this.onResult = onResult;
    this.delay = delay;
    this.marked = [];
    this.timer = null;
    this.sequence = 0;
    modeler.on('commandStack.changed', () => this.schedule());
    modeler.on('import.done', () => this.schedule(0));
  }

  schedule(delay = this.delay) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  /** Validates now; resolves to the engine's answer {valid, errors[]} (errors of a non-BPMN file as field errors). */
  async run() {
    const sequence = ++this.sequence;
    const { xml } = await this.modeler.saveXML({ format: false });
    let result;
    try {
      result = await api('/definitions/validate', { method: 'POST', xml });
    } catch (error) {
      const messages = error.fieldErrors?.length ? error.fieldErrors : [['', error.message]];
      result = { valid: false, errors: messages.map(([, message]) => ({ elementId: '', message })) };
    }
    if (sequence === this.sequence) {
      this.mark(result.errors);
      this.onResult?.(result);
    }
    return result;
  }

  /** Marks elements named by errors (also used for the 400 a refused publish answers). */
  mark(errors) {
    const canvas = this.modeler.get('canvas');
    const registry = this.modeler.get('elementRegistry');
    const overlays = this.modeler.get('overlays');
    for (const id of this.marked) {
      if (registry.get(id)) {
        canvas.removeMarker(id, MARKER);
      }
    }
    overlays.remove({ type: 'portal-lint' });
    this.marked = [];
    const byElement = new Map();
    for (const error of errors) {
      if (error.elementId && registry.get(error.elementId)) {
        byElement.set(error.elementId, [...(byElement.get(error.elementId) || []), error.message]);
      }
    }
    for (const [id, messages] of byElement) {
      canvas.addMarker(id, MARKER);
      const badge = document.createElement('div');
      badge.className = 'portal-lint-badge';
      badge.textContent = messages.length;
      badge.title = messages.join('\n');
      badge.dataset.elementId = id;
      overlays.add(id, 'portal-lint', { position: { top: -10, right: 10 }, html: badge });
      this.marked.push(id);
    }
  }
}
