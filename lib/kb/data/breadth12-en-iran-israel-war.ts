// Twelfth breadth round: English reporting on the Israel–Iran war of June 2025 and its aftermath: the strikes, the commanders and scientists killed, the nuclear sites, the weapons on both sides, the US strikes.
import type { Entity } from '../types';

export const entities: Entity[] = [
];
