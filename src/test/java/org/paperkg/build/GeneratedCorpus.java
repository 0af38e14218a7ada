package org.paperkg.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Short synthetic abstracts with methods, datasets, metrics and numbers, as JSON lines (deterministic per seed). */
final class GeneratedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] METHODS = {"ResNet-50", "BERT", "ViT-B/16", "MobileNetV2", "LSTM", "Transformer", "GPT-2", "U-Net"};
    private static final String[] DATASETS = {"ImageNet", "CIFAR-10", "COCO", "SQuAD", "GLUE", "MNIST", "ADE20K", "WikiText-103"};
    private static final String[] METRICS = {"top-1 accuracy", "F1 score", "BLEU", "mIoU", "perplexity", "mAP"};
    private static final String[] TASKS = {"image classification", "question answering", "semantic segmentation", "machine translation"};

    private GeneratedCorpus() {
    }

    /** One JSON line for paper {@code i}; {@code variant} changes the abstract but not the id or title. */
    static String line(int i, int variant) {
        Random r = new Random(i * 7919L + variant);
        String name = "Net" + Integer.toString(i, 36).toUpperCase() + "X";
        String method = METHODS[r.nextInt(METHODS.length)];
        String dataset = DATASETS[r.nextInt(DATASETS.length)];
        String metric = METRICS[r.nextInt(METRICS.length)];
        String task = TASKS[r.nextInt(TASKS.length)];
        String abs = "We propose " + name + ", a new model for " + task + ". " + name + " outperforms " + method
                + " on " + dataset + " and reaches " + (50 + r.nextInt(50)) + "." + r.nextInt(10) + "% " + metric + ". "
                + "It improves " + metric + " by " + (1 + r.nextInt(9)) + "." + r.nextInt(10) + " points over " + method
                + (variant > 0 ? " while using " + (2 + variant) + "x fewer parameters." : ".");
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "gen-" + i);
        o.put("title", name + ": Better " + task + " with " + method);
        o.put("abstract", abs);
        o.putArray("authors").add("A. Author").add("B. Author " + i);
        o.put("year", 2020 + i % 5);
        o.put("venue", "testconf");
        return o.toString();
    }

    /** Papers {@code from} (inclusive) to {@code to} (exclusive) as a JSON-lines file. */
    static Path write(Path file, int from, int to) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(line(i, 0));
        }
        return Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
