// Twelfth breadth round: English reporting on the drone and missile war over Ukraine, 2023–2026: Russian and Ukrainian drones, missiles, glide bombs, air defence, the units and makers behind them.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
