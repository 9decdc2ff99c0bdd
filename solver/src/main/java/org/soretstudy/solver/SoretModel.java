package org.soretstudy.solver;

/** How S_T depends on temperature: constant, or Piazza's S_inf (1 - exp((T* - T)/T_w)). */
public enum SoretModel {
    CONSTANT("constant"),
    PIAZZA("piazza");

    private final String key;

    SoretModel(String key) { this.key = key; }

    public String key() { return key; }

    public static SoretModel fromKey(String key) { return Keys.lookup(values(), key, SoretModel::key); }
}
