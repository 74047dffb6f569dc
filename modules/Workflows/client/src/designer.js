// The BPMN designer page (Areas/Workflows/Pages/Designer/Edit): bpmn-js modeler limited to the engine's subset,
// Chinese labels, camunda properties panel, on-the-fly validation, drafts, publishing, versions with diff, import/export.
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';
import './styles/workflows.css';
import translateModule from './i18n/translate.js';
import restrictModule from './designer/restrict.js';
import { DesignerSession } from './designer/session.js';

const root = document.querySelector('[data-designer]');
if (root) {
  const modeler = new BpmnModeler({
    container: root.querySelector('[data-role="canvas"]'),
    propertiesPanel: {
      parent: root.querySelector('[data-role="properties"]'),
      layout: { groups: { general: { open: true }, userAssignment: { open: true }, CamundaPlatform__UserAssignment: { open: true } } }
    },
    additionalModules: [
      BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule,
      translateModule, restrictModule
    ],
    moddleExtensions: { camunda: camundaModdle }
  });
  window.portalModeler = modeler;
  new DesignerSession(modeler, root).start();
}
