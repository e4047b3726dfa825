import type { WorkbenchCard } from '@/lib/workbench';

// Every feature that has a workbench.tsx contributes its cards: a new feature adds its file, nothing here.
const modules = import.meta.glob<{ workbenchCards: readonly WorkbenchCard[] }>('../features/*/workbench.tsx', { eager: true });

export const registeredCards: readonly WorkbenchCard[] = Object.values(modules).flatMap((module) => module.workbenchCards);
