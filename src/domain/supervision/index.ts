export * from './calendar.ts';
export * from './inspection-kinds.ts';
export * from './inspection-status.ts';
export * from './supervision-settings.ts';
export * from './yearly-plan.ts';
