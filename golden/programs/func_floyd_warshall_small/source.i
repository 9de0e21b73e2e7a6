# 1 "func_floyd_warshall_small.sy"
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
# 1 "func_floyd_warshall_small.sy" 2

int d[6][6] = {
  {0, 3, 8, 999, -4, 999},
  {999, 0, 999, 1, 7, 999},
  {999, 4, 0, 999, 999, 2},
  {2, 999, -5, 0, 999, 999},
  {999, 999, 999, 6, 0, 999},
  {999, 999, 999, 999, 999, 0}
};

int main() {
  int n = 6, k = 0;
  while (k < n) {
    int i = 0;
    while (i < n) {
      int j = 0;
      while (j < n) {
        if (d[i][k] < 999 && d[k][j] < 999 && d[i][k] + d[k][j] < d[i][j])
          d[i][j] = d[i][k] + d[k][j];
        j = j + 1;
      }
      i = i + 1;
    }
    k = k + 1;
  }
  int i = 0, checksum = 0;
  while (i < n) {
    int j = 0;
    while (j < n) {
      if (d[i][j] >= 999) putf("  -");
      else putf("%3d", d[i][j]);
      checksum = checksum + d[i][j] * (i + 1);
      j = j + 1;
    }
    putch(10);
    i = i + 1;
  }
  return checksum % 256;
}
