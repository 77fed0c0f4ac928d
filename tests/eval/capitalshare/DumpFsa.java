import java.io.*;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import morfologik.fsa.FSA;

/** Prints every sequence of a morfologik FSA resource (a speller dictionary: form, separator, frequency). */
public class DumpFsa {
    public static void main(String[] args) throws Exception {
        FSA fsa = FSA.read(DumpFsa.class.getResourceAsStream(args[0]));
        Charset cs = Charset.forName(args.length > 1 ? args[1] : "UTF-8");
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, "UTF-8")));
        for (ByteBuffer bb : fsa) {
            byte[] b = new byte[bb.remaining()];
            bb.get(b);
            out.println(new String(b, cs));
        }
        out.flush();
    }
}
