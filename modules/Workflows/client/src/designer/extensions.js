// Reading and writing camunda extension elements (properties, input parameters) through bpmn-js's modeling, so undo works.
export const FORM_PROPERTY = 'portal.form';
export const DESIGNED_FORM_KEY = 'portal:form';

function ensureContainer(modeler, element, type) {
  const moddle = modeler.get('moddle');
  const modeling = modeler.get('modeling');
  const bo = element.businessObject;
  let extensions = bo.extensionElements;
  if (!extensions) {
    extensions = moddle.create('bpmn:ExtensionElements', { values: [] });
    extensions.$parent = bo;
    modeling.updateProperties(element, { extensionElements: extensions });
  }
  let container = (extensions.values || []).find(v => v.$type === type);
  if (!container) {
    container = moddle.create(type, {});
    container.$parent = extensions;
    modeling.updateModdleProperties(element, extensions, { values: [...(extensions.values || []), container] });
  }
  return container;
}

export function extensionOf(bo, type) {
  return (bo?.extensionElements?.values || []).find(v => v.$type === type);
}

export function formSchemaOf(bo) {
  const property = (extensionOf(bo, 'camunda:Properties')?.values || []).find(p => p.name === FORM_PROPERTY);
  if (!property?.value) {
    return null;
  }
  try {
    return JSON.parse(property.value);
  } catch {
    return null;
  }
}

export function setFormSchema(modeler, element, schema) {
  const moddle = modeler.get('moddle');
  const modeling = modeler.get('modeling');
  const properties = ensureContainer(modeler, element, 'camunda:Properties');
  const value = JSON.stringify(schema);
  const existing = (properties.values || []).find(p => p.name === FORM_PROPERTY);
  if (existing) {
    modeling.updateModdleProperties(element, existing, { value });
  } else {
    const property = moddle.create('camunda:Property', { name: FORM_PROPERTY, value });
    property.$parent = properties;
    modeling.updateModdleProperties(element, properties, { values: [...(properties.values || []), property] });
  }
  modeling.updateProperties(element, { 'camunda:formKey': DESIGNED_FORM_KEY });
}

export function inputParameters(bo) {
  return extensionOf(bo, 'camunda:InputOutput')?.inputParameters || [];
}

/** Sets (or, with an empty value, removes) one camunda:inputParameter of a service task. */
export function setInputParameter(modeler, element, name, value) {
  const moddle = modeler.get('moddle');
  const modeling = modeler.get('modeling');
  const io = ensureContainer(modeler, element, 'camunda:InputOutput');
  const parameters = io.inputParameters || [];
  const existing = parameters.find(p => p.name === name);
  if (!value) {
    if (existing) {
      modeling.updateModdleProperties(element, io, { inputParameters: parameters.filter(p => p !== existing) });
    }
    return;
  }
  if (existing) {
    modeling.updateModdleProperties(element, existing, { value });
  } else {
    const parameter = moddle.create('camunda:InputParameter', { name, value });
    parameter.$parent = io;
    modeling.updateModdleProperties(element, io, { inputParameters: [...parameters, parameter] });
  }
}
