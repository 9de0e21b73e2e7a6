# 1 "lex_whitespace_tabs.sy"
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
# 1 "lex_whitespace_tabs.sy" 2




int main ( ) {
 int a = 1 , b=2,c =3;

     int d = a+b*c ;
          putint(d);putch(10);
              int
    e
    =
    d
    *
    2
    ;
# 40 "lex_whitespace_tabs.sy"
putint(e)
;
putch(
10
)
;
   if(e>d)putint(1);else putint(0);putch(10);
 while(a<5)a=a+1;putint(a);putch(10);
  { } { { } }
   int f=e-d - a ;
  putint ( f ) ; putch ( 10 ) ;
 return e + f ;
}
