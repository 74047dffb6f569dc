// Limits the palette, context pad and replace/append menus to the BPMN subset the engine runs
// (modules/Workflows/Engine: NodeReader and NodeKind), and adds palette entries for the common task types.

// Entry ids (palette, context pad, popup menus) naming elements the engine refuses or ignores.
const UNSUPPORTED = [
  /signal/, /escalation/, /compensat/, /conditional-(start|intermediate|boundary|event)/, /condition-intermediate/, /(^|-)link/,
  /cancel/, /manual-task/, /rule-task/, /complex-gateway/, /event-based/, /transaction/, /ad-hoc/, /data-(object|store)/,
  /participant/, /lane/, /toggle-loop/, /multiple/, /collection/, /create\.group/
];

export const isUnsupported = id => UNSUPPORTED.some(pattern => pattern.test(id));

function dropUnsupported(entries) {
  for (const id of Object.keys(entries)) {
    if (isUnsupported(id)) {
      delete entries[id];
    }
  }
  return entries;
}

function SubsetPaletteProvider(palette, create, elementFactory, translate) {
  palette.registerProvider(500, this);
  const creator = (type, group, className, title, options) => ({
    group,
    className,
    title: translate(title),
    action: {
      dragstart: event => create.start(event, elementFactory.createShape({ type, ...options })),
      click: event => create.start(event, elementFactory.createShape({ type, ...options }))
    }
  });
  this.getPaletteEntries = () => entries => {
    dropUnsupported(entries);
    return {
      ...entries,
      'create.user-task': creator('bpmn:UserTask', 'activity', 'bpmn-icon-user-task', 'Create user task'),
      'create.service-task': creator('bpmn:ServiceTask', 'activity', 'bpmn-icon-service-task', 'Create service task'),
      'create.script-task': creator('bpmn:ScriptTask', 'activity', 'bpmn-icon-script-task', 'Create script task'),
      'create.call-activity': creator('bpmn:CallActivity', 'activity', 'bpmn-icon-call-activity', 'Create call activity'),
      'create.parallel-gateway': creator('bpmn:ParallelGateway', 'gateway', 'bpmn-icon-gateway-parallel', 'Create parallel gateway'),
      'create.timer-event': creator('bpmn:IntermediateCatchEvent', 'event', 'bpmn-icon-intermediate-event-catch-timer',
        'Create timer intermediate event', { eventDefinitionType: 'bpmn:TimerEventDefinition' })
    };
  };
}
SubsetPaletteProvider.$inject = ['palette', 'create', 'elementFactory', 'translate'];

function SubsetContextPadProvider(contextPad) {
  contextPad.registerProvider(500, this);
  this.getContextPadEntries = () => dropUnsupported;
  this.getMultiElementContextPadEntries = () => dropUnsupported;
}
SubsetContextPadProvider.$inject = ['contextPad'];

function SubsetPopupMenuProvider(popupMenu) {
  for (const menu of ['bpmn-replace', 'bpmn-create', 'bpmn-append']) {
    popupMenu.registerProvider(menu, 500, this);
  }
  this.getPopupMenuEntries = () => dropUnsupported;
  this.getPopupMenuHeaderEntries = () => dropUnsupported;
}
SubsetPopupMenuProvider.$inject = ['popupMenu'];

export default {
  __init__: ['subsetPaletteProvider', 'subsetContextPadProvider', 'subsetPopupMenuProvider'],
  subsetPaletteProvider: ['type', SubsetPaletteProvider],
  subsetContextPadProvider: ['type', SubsetContextPadProvider],
  subsetPopupMenuProvider: ['type', SubsetPopupMenuProvider]
};
