// Monitoring calls of the engine's runtime API (/api/workflows/instances, incidents, statistics), in one place.
import { api, qs } from './api.js';

export const listInstances = filter => api('/instances' + qs(filter));
/** One instance, flattened from {instance, definitionName, completedElementIds, variables, journal, incidents, openTasks}. */
export const getInstance = async id => {
  const detail = await api(`/instances/${id}`);
  return { ...detail.instance, ...detail, instance: undefined };
};
export const retryIncident = id => api(`/incidents/${id}/retry`, { method: 'POST', body: {} });
/** Per process: active, completed, terminated, withIncidents and steps [{elementId, count}] (active tokens per element). */
export const statistics = () => api('/statistics');

/** Ids as the API gives them: an array, or the stored "|a|b|" list. */
export const idList = value => (Array.isArray(value) ? value : String(value || '').split('|').filter(Boolean));
