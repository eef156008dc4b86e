package io.hvmon.simulator;
