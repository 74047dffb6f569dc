// Element-level diff of two BPMN versions: added, removed and changed flow elements by id.
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

const moddle = new BpmnModdle({ camunda: camundaModdle });

const IGNORED = new Set(['incoming', 'outgoing', 'flowElements', 'di', '$parent', 'sourceRef', 'targetRef', 'attachedToRef', 'default']);

function snapshot(element) {
  // A stable description of what a modeller changes: own attributes, extension values, references by id.
  const seen = new WeakSet();
  const plain = value => {
    if (value === null || typeof value !== 'object') {
      return value;
    }
    if (seen.has(value)) {
      return undefined;
    }
    seen.add(value);
    if (Array.isArray(value)) {
      return value.map(plain);
    }
    const out = { $type: value.$type };
    for (const key of Object.keys(value).sort()) {
      if (!IGNORED.has(key) && !key.startsWith('$')) {
        out[key] = plain(value[key]);
      }
    }
    for (const [key, attr] of Object.entries(value.$attrs || {})) {
      out['@' + key] = attr;
    }
    return out;
  };
  const refs = { source: element.sourceRef?.id, target: element.targetRef?.id, attachedTo: element.attachedToRef?.id, default: element.default?.id };
  return JSON.stringify([plain(element), refs]);
}

async function elementsOf(xml) {
  const { rootElement } = await moddle.fromXML(xml);
  const result = new Map();
  const visit = container => {
    for (const element of container.flowElements || []) {
      result.set(element.id, { name: element.name || '', type: element.$type.replace('bpmn:', ''), snapshot: snapshot(element) });
      visit(element);
    }
  };
  for (const root of rootElement.rootElements || []) {
    if (root.$type === 'bpmn:Process') {
      result.set(root.id, { name: root.name || '', type: 'Process', snapshot: JSON.stringify([root.name, root.isExecutable]) });
      visit(root);
    }
  }
  return result;
}

/** [{id, name, type, change: 'added'|'removed'|'changed'}] going from oldXml to newXml. */
export async function diffXml(oldXml, newXml) {
  const [before, after] = await Promise.all([elementsOf(oldXml), elementsOf(newXml)]);
  const changes = [];
  for (const [id, element] of after) {
    if (!before.has(id)) {
      changes.push({ id, ...element, change: 'added' });
    } else if (before.get(id).snapshot !== element.snapshot) {
      changes.push({ id, ...element, change: 'changed' });
    }
  }
  for (const [id, element] of before) {
    if (!after.has(id)) {
      changes.push({ id, ...element, change: 'removed' });
    }
  }
  return changes;
}
