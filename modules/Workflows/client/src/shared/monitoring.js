// Monitoring calls of the engine's runtime API (/api/workflows/instances, incidents, statistics), in one place.
import { api, qs } from './api.js';

export const listInstances = filter => api('/instances' + qs(filter));
export const getInstance = id => api(`/instances/${id}`);
export const getJournal = id => api(`/instances/${id}/journal`);
export const getIncidents = id => api(`/instances/${id}/incidents`);
export const retryIncident = id => api(`/incidents/${id}/retry`, { method: 'POST', body: {} });
export const processCounts = () => api('/statistics/processes');
export const stepCounts = processKey => api('/statistics/steps' + qs({ processKey }));

/** Ids as the API gives them: an array, or the stored "|a|b|" list. */
export const idList = value => (Array.isArray(value) ? value : String(value || '').split('|').filter(Boolean));
