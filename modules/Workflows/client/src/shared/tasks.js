// Human-task calls of the engine's runtime API (/api/workflows/tasks), in one place so a route change is one edit.
import { api, qs } from './api.js';

export const listTasks = ({ scope, search, page, pageSize }) => api('/tasks' + qs({ scope, search, page, pageSize }));
/** The task with the instance's variables (GET answers {task, variables}). */
export const getTask = async id => {
  const detail = await api(`/tasks/${id}`);
  return { ...detail.task, variables: detail.variables };
};

/** The task's form: {key, schema}, or null when it has none (204). */
export const getTaskForm = id => api(`/tasks/${id}/form`);
export const claimTask = id => api(`/tasks/${id}/claim`, { method: 'POST', body: {} });
export const unclaimTask = id => api(`/tasks/${id}/unclaim`, { method: 'POST', body: {} });
export const delegateTask = (id, userName) => api(`/tasks/${id}/delegate`, { method: 'POST', body: { userName } });
export const completeTask = (id, variables, concurrencyStamp) =>
  api(`/tasks/${id}/complete`, { method: 'POST', body: { variables, concurrencyStamp } });

/** Uploads the files of a form's file fields; answers one reference per file, stored in the variables instead of the File. */
export const uploadTaskFiles = (id, files) => {
  const body = new FormData();
  for (const file of files) {
    body.append('files', file, file.name);
  }
  return api(`/tasks/${id}/files`, { method: 'POST', body });
};

/** Files of the task's instance from earlier steps and generated documents: [{id, name, contentType, url, elementId, isImage, ...}]. */
export const getTaskFiles = id => api(`/tasks/${id}/files`);

export const isOverdue = task =>
  task.isOverdue ?? (!!task.dueDate && new Date(/[zZ]$/.test(task.dueDate) ? task.dueDate : task.dueDate + 'Z') < new Date());
