import { registerEnumType } from 'type-graphql';

/** Where a service project is in its life. */
export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  EVALUATED = 'EVALUATED',
  CANCELLED = 'CANCELLED',
}

/** What one entry of a project's history records; one per change, alongside its Event. */
export enum ProjectHistoryAction {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  DEMANDS_LINKED = 'DEMANDS_LINKED',
  RESOURCES_LINKED = 'RESOURCES_LINKED',
  MILESTONE_ADDED = 'MILESTONE_ADDED',
  MILESTONE_COMPLETED = 'MILESTONE_COMPLETED',
  NOTE_ADDED = 'NOTE_ADDED',
  ADVANCED = 'ADVANCED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ProjectStatus, {
  name: 'ProjectStatus',
  description: 'Where a service project (项目清单) is in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed by area staff or a resident unit; seen only by staff of its area and the proposing unit.' },
    APPROVED: { description: 'Approved by an admin of its area; public from now on.' },
    IN_PROGRESS: { description: 'Under way.' },
    DONE: { description: 'Finished; waiting for its evaluation. No more edits.' },
    EVALUATED: { description: 'Finished and evaluated by an admin of its area.' },
    CANCELLED: { description: 'Cancelled before it was done, with a reason.' },
  },
});

registerEnumType(ProjectHistoryAction, {
  name: 'ProjectHistoryAction',
  description: 'What a project history entry records.',
  valuesConfig: {
    PROPOSED: { description: 'The project was proposed.' },
    APPROVED: { description: 'The project was approved (PROPOSED to APPROVED).' },
    DEMANDS_LINKED: { description: 'Demands were linked to the project.' },
    RESOURCES_LINKED: { description: 'Resources, and with them their units, were linked to the project.' },
    MILESTONE_ADDED: { description: 'A milestone was added.' },
    MILESTONE_COMPLETED: { description: 'A milestone was completed.' },
    NOTE_ADDED: { description: 'A progress note was added.' },
    ADVANCED: { description: 'The project moved to its next status (to IN_PROGRESS, DONE or EVALUATED).' },
    CANCELLED: { description: 'The project was cancelled, with a reason.' },
  },
});
