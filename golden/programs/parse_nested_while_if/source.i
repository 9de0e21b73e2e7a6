# 1 "parse_nested_while_if.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "parse_nested_while_if.sy" 2

int main() {
  int a = 0, total = 0, breaks = 0, continues = 0;
  while (a < 6) {
    a = a + 1;
    if (a == 2) { continues = continues + 1; continue; }
    int b = 0;
    while (b < 6) {
      b = b + 1;
      if (b > a) { breaks = breaks + 1; break; }
      int c = 0;
      while (c < 6) {
        c = c + 1;
        if ((a + b + c) % 3 == 0) { continues = continues + 1; continue; }
        int d = 0;
        while (1) {
          d = d + 1;
          if (d > c) { breaks = breaks + 1; break; }
          if (d % 2 == 0) {
            if (c % 2 == 0) {
              if (b % 2 == 0) { continues = continues + 1; continue; }
              else total = total + 1;
            } else {
              if (a % 2 == 0) total = total + 2;
              else { if (d > 3) { breaks = breaks + 1; break; } }
            }
          } else {
            int e = 0, a = d * 2;
            if (a > 100) total = total - 1;
            while (e < d) {
              e = e + 1;
              if (e == 2) continue;
              if (e == 4) break;
              total = total + e;
            }
          }
        }
      }
    }
  }
  putf("total=%d breaks=%d continues=%d\n", total, breaks, continues);
  return total % 256;
}
