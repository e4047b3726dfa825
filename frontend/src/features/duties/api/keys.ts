/** Every query key of the duty feature, from one factory (the first element is what the offline snapshot keeps). */
export const dutyKeys = {
  all: ['duties'] as const,
  rules: () => [...dutyKeys.all, 'rules'] as const,
};
