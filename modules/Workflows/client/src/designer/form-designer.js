// Form designer for user tasks: @bpmn-io/form-js's editor in a dialog; the schema is kept in the BPMN (camunda property
// "portal.form", formKey "portal:form"), so it is versioned and published with the process.
import { FormEditor } from '@bpmn-io/form-js';
import { formSchemaOf, setFormSchema } from './extensions.js';

const emptySchema = id => ({ type: 'default', id: `Form_${id}`, components: [], schemaVersion: 18 });

export class FormDesigner {
  constructor(modeler, { button, dialog }) {
    this.modeler = modeler;
    this.button = button;
    this.dialog = dialog;
    this.element = null;
    this.editor = null;
    modeler.on('selection.changed', ({ newSelection }) => {
      this.element = newSelection.length === 1 && newSelection[0].type === 'bpmn:UserTask' ? newSelection[0] : null;
      button.disabled = !this.element;
    });
    button.disabled = true;
    button.addEventListener('click', () => this.open());
    dialog.querySelector('[data-action="save-form"]').addEventListener('click', () => this.save());
  }

  async open() {
    if (!this.element) {
      return;
    }
    const target = this.element;
    this.editing = target;
    const container = this.dialog.querySelector('[data-role="form-editor"]');
    container.replaceChildren();
    this.editor?.destroy();
    this.editor = new FormEditor({ container });
    await this.editor.importSchema(formSchemaOf(target.businessObject) || emptySchema(target.id));
    window.bootstrap.Modal.getOrCreateInstance(this.dialog).show();
  }

  save() {
    const schema = this.editor.saveSchema();
    setFormSchema(this.modeler, this.editing, schema);
    window.bootstrap.Modal.getOrCreateInstance(this.dialog).hide();
  }
}
