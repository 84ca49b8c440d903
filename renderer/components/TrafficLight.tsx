import { STOPLICHT_LABELS, type Stoplicht } from '../lib/termijnen';
import classes from './TrafficLight.module.css';

/** The dashboard's traffic light: a dot for the eye, always with its words (never colour alone). */
export function TrafficLight({ light }: { light: Stoplicht }) {
  return (
    <span className={`${classes.light} ${classes[`text-${light}`] ?? ''}`}>
      <span className={`${classes.dot} ${classes[light] ?? ''}`} aria-hidden="true" />
      {STOPLICHT_LABELS[light]}
    </span>
  );
}
