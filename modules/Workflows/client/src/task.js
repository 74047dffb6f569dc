// One task (Areas/Workflows/Pages/Tasks/Task): its form (form-js viewer), complete, claim, unclaim, delegate.
import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import './styles/workflows.css';
import { el, texts, flash, localTime, format, errorText } from './shared/dom.js';
import { getTask, getTaskForm, claimTask, unclaimTask, delegateTask, completeTask, uploadTaskFiles, isOverdue } from './shared/tasks.js';

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

  async function load() {
    task = await getTask(id);
    renderHeader();
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
      await form.importSchema(schema, task.variables || {});
    } else {
      container.append(el('p', { class: 'text-muted' }, t.noForm));
    }
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
