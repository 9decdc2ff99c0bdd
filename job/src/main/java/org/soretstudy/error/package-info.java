/**
 * The bottom of the job's layers: the one user-error type that every layer may throw. It imports nothing of the
 * project.
 */
package org.soretstudy.error;
