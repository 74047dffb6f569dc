// Finds the form-js schema of a task: designed in the designer (kept in the process XML), or registered by a module for the
// task's form key (GET /api/workflows/forms?key=), or none (the task completes without fields).
import { api, qs } from './api.js';

export const DESIGNED_FORM_KEY = 'portal:form';
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn';

/** The "portal.form" camunda property of the element in a process XML, parsed. */
export function designedSchema(xml, elementId) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const element = [...doc.getElementsByTagName('*')].find(e => e.getAttribute('id') === elementId);
  const property = element && [...element.getElementsByTagNameNS(CAMUNDA, 'property')].find(p => p.getAttribute('name') === 'portal.form');
  return property ? JSON.parse(property.getAttribute('value')) : null;
}

export async function schemaOf(task) {
  if (task.formSchema) {
    return typeof task.formSchema === 'string' ? JSON.parse(task.formSchema) : task.formSchema;
  }
  if (task.formKey === DESIGNED_FORM_KEY || !task.formKey) {
    const definitionId = task.definitionId || (await api(`/instances/${task.instanceId}`)).definitionId;
    return designedSchema(await api(`/definitions/${definitionId}/xml`, { raw: true }), task.elementId);
  }
  try {
    return (await api('/forms' + qs({ key: task.formKey }))).schema;
  } catch (error) {
    if (error.status === 404) {
      return null;
    }
    throw error;
  }
}
