package cn.redline.drill;

/** How an item is answered: yes or no (yes earns the item's weight), or scored from 0 to its weight. */
public enum DrillEvaluationMethod {
    YES_NO, SCORED
}
