import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/** Prints every entry of a morfologik dictionary on the class path as `form TAB tag` lines. */
public class DumpDictionary {
    public static void main(String[] args) throws Exception {
        Dictionary dictionary = Dictionary.read(DumpDictionary.class.getResource(args[0]));
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        for (WordData entry : new DictionaryLookup(dictionary)) {
            out.print(entry.getWord());
            out.print('\t');
            out.println(entry.getTag());
        }
        out.flush();
    }
}
