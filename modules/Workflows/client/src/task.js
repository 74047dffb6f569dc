// One task (Areas/Workflows/Pages/Tasks/Task): its form (form-js viewer), complete, claim, unclaim, delegate.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import './styles/workflows.css';
import { el, texts, flash, localTime, format, errorText } from './shared/dom.js';
import { getTask, getTaskForm, getTaskFiles, claimTask, unclaimTask, delegateTask, completeTask, uploadTaskFiles, isOverdue } from './shared/tasks.js';

const root = document.querySelector('[data-task]');
if (root) {
  const t = texts(root);
  const id = root.dataset.taskId;
  const userName = root.dataset.userName;
  const names = JSON.parse(root.dataset.processNames || '{}');
  let task = null;
  let form = null;

  const guard = handler => async event => {
    event?.preventDefault?.();
    const button = event?.submitter || event?.target;
    if (button) {
      button.disabled = true;
    }
    try {
      await handler();
    } catch (error) {
      flash(errorText(error, t), 'danger');
    } finally {
      if (button) {
        button.disabled = false;
      }
    }
  };

  function renderHeader() {
    root.querySelector('[data-role="name"]').textContent = task.name || task.elementId;
    const facts = root.querySelector('[data-role="facts"]');
    const overdue = isOverdue(task);
    facts.replaceChildren(
      el('dt', { class: 'col-sm-3' }, t.process), el('dd', { class: 'col-sm-9' }, names[task.processKey] || task.processKey, task.businessKey ? ` · ${task.businessKey}` : ''),
      el('dt', { class: 'col-sm-3' }, t.assignee), el('dd', { class: 'col-sm-9', 'data-role': 'assignee' }, task.assignee || t.unassigned),
      el('dt', { class: 'col-sm-3' }, t.due), el('dd', { class: 'col-sm-9' }, task.dueDate ? localTime(task.dueDate) : '—',
        overdue ? el('span', { class: 'badge text-bg-danger ms-1' }, t.overdue) : null),
      el('dt', { class: 'col-sm-3' }, t.created), el('dd', { class: 'col-sm-9' }, localTime(task.creationTime)));
    const mine = task.assignee === userName;
    root.querySelector('[data-action="claim"]').hidden = !!task.assignee;
    root.querySelector('[data-action="unclaim"]').hidden = !mine;
    root.querySelector('[data-role="delegate"]').hidden = !mine;
    root.querySelector('[data-role="complete-area"]').hidden = !mine;
    root.querySelector('[data-role="claim-first"]').hidden = mine;
  }

  /** Photos (as thumbnails) and documents of earlier steps, grouped by the step they came from. */
  async function renderFiles() {
    const holder = root.querySelector('[data-role="files"]');
    const files = await getTaskFiles(id);
    holder.hidden = files.length === 0;
    const list = holder.querySelector('[data-role="file-list"]');
    list.replaceChildren();
    const steps = new Map();
    for (const file of files) {
      steps.set(file.stepName, [...(steps.get(file.stepName) || []), file]);
    }
    for (const [step, stepFiles] of steps) {
      const items = stepFiles.map(file => file.isImage
        ? el('a', { href: file.url, target: '_blank', rel: 'noopener', class: 'd-inline-block me-2 mb-2', title: file.name },
          el('img', { src: file.url, alt: file.name, loading: 'lazy', class: 'img-thumbnail workflow-thumb', 'data-testid': 'file-thumb' }))
        : el('a', { href: file.url, class: 'd-block small mb-1' }, el('i', { class: 'bi bi-file-earmark me-1' }), file.name));
      list.append(el('div', { class: 'mb-2' }, el('div', { class: 'small text-muted mb-1' }, step), ...items));
    }
  }

  async function load() {
    task = await getTask(id);
    renderHeader();
    renderFiles().catch(error => flash(errorText(error, t), 'danger'));
    if (task.status !== 'Open') {
      root.querySelector('[data-role="complete-area"]').hidden = true;
    }
    const schema = (await getTaskForm(id))?.schema;
    const container = root.querySelector('[data-role="form"]');
    container.replaceChildren();
    form?.destroy();
    form = null;
    if (schema) {
      form = new Form({ container });
      await form.importSchema(schema, withoutStoredFiles(schema, task.variables || {}));
    } else {
      container.append(el('p', { class: 'text-muted' }, t.noForm));
    }
  }

  /** File fields start empty: their stored value is a list of references (shown under "earlier files"), not a picker value. */
  function withoutStoredFiles(schema, variables) {
    const data = { ...variables };
    const visit = components => {
      for (const component of components || []) {
        if (component.type === 'filepicker' && component.key) {
          delete data[component.key];
        }
        visit(component.components);
      }
    };
    visit(schema.components);
    return data;
  }

  /** Replaces each file-field key ("files::...") in the data by the references the upload answered. */
  async function withUploadedFiles(data, files) {
    if (!files || files.size === 0) {
      return data;
    }
    const result = { ...data };
    for (const [key, list] of files) {
      const references = await uploadTaskFiles(id, list);
      for (const [field, value] of Object.entries(result)) {
        if (value === key) {
          result[field] = references;
        }
      }
    }
    return result;
  }

  root.querySelector('[data-action="claim"]').addEventListener('click', guard(async () => { await claimTask(id); await load(); flash(t.claimed); }));
  root.querySelector('[data-action="unclaim"]').addEventListener('click', guard(async () => { await unclaimTask(id); await load(); flash(t.unclaimed); }));
  root.querySelector('[data-role="delegate"]').addEventListener('submit', guard(async () => {
    const name = root.querySelector('[name="delegate-to"]').value.trim();
    if (!name) {
      return;
    }
    await delegateTask(id, name);
    flash(format(t.delegated, name));
    await load();
  }));
  root.querySelector('[data-role="complete-area"]').addEventListener('submit', guard(async () => {
    let variables = {};
    if (form) {
      const { data, errors, files } = form.submit();
      if (Object.keys(errors).length > 0) {
        flash(t.fixForm, 'warning');
        return;
      }
      variables = await withUploadedFiles(data, files);
    }
    await completeTask(id, variables, task.concurrencyStamp);
    root.querySelector('[data-role="complete-area"]').hidden = true;
    root.querySelector('[data-role="form"]').replaceChildren(el('div', { class: 'alert alert-success', role: 'status' }, t.completed));
    flash(t.completed);
  }));
  load().catch(error => flash(errorText(error, t), 'danger'));
}
