; ModuleID = 'func_getch_text_stats.sy'
source_filename = "func_getch_text_stats.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@line_lengths = dso_local global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [48 x i8] c"lines=%d words=%d longest=%d numbers=%d sum=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @is_letter(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  %4 = load i32, i32* %3, align 4
  %5 = icmp sge i32 %4, 97
  br i1 %5, label %6, label %9

6:                                                ; preds = %1
  %7 = load i32, i32* %3, align 4
  %8 = icmp sle i32 %7, 122
  br i1 %8, label %15, label %9

9:                                                ; preds = %6, %1
  %10 = load i32, i32* %3, align 4
  %11 = icmp sge i32 %10, 65
  br i1 %11, label %12, label %16

12:                                               ; preds = %9
  %13 = load i32, i32* %3, align 4
  %14 = icmp sle i32 %13, 90
  br i1 %14, label %15, label %16

15:                                               ; preds = %12, %6
  store i32 1, i32* %2, align 4
  br label %17

16:                                               ; preds = %12, %9
  store i32 0, i32* %2, align 4
  br label %17

17:                                               ; preds = %16, %15
  %18 = load i32, i32* %2, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  store i32 0, i32* %9, align 4
  store i32 0, i32* %10, align 4
  call void @starttime()
  %12 = call i32 @getch()
  store i32 %12, i32* %11, align 4
  br label %13

13:                                               ; preds = %79, %0
  %14 = load i32, i32* %11, align 4
  %15 = icmp ne i32 %14, -1
  br i1 %15, label %16, label %82

16:                                               ; preds = %13
  %17 = load i32, i32* %11, align 4
  %18 = call i32 @is_letter(i32 noundef %17)
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %20, label %33

20:                                               ; preds = %16
  %21 = load i32, i32* %6, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %32, label %23

23:                                               ; preds = %20
  %24 = load i32, i32* %3, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* %3, align 4
  %26 = load i32, i32* %11, align 4
  %27 = icmp sge i32 %26, 97
  br i1 %27, label %28, label %31

28:                                               ; preds = %23
  %29 = load i32, i32* %11, align 4
  %30 = sub nsw i32 %29, 32
  store i32 %30, i32* %11, align 4
  br label %31

31:                                               ; preds = %28, %23
  br label %32

32:                                               ; preds = %31, %20
  store i32 1, i32* %6, align 4
  br label %34

33:                                               ; preds = %16
  store i32 0, i32* %6, align 4
  br label %34

34:                                               ; preds = %33, %32
  %35 = load i32, i32* %11, align 4
  %36 = icmp sge i32 %35, 48
  br i1 %36, label %37, label %46

37:                                               ; preds = %34
  %38 = load i32, i32* %11, align 4
  %39 = icmp sle i32 %38, 57
  br i1 %39, label %40, label %46

40:                                               ; preds = %37
  %41 = load i32, i32* %7, align 4
  %42 = mul nsw i32 %41, 10
  %43 = load i32, i32* %11, align 4
  %44 = add nsw i32 %42, %43
  %45 = sub nsw i32 %44, 48
  store i32 %45, i32* %7, align 4
  store i32 1, i32* %8, align 4
  br label %56

46:                                               ; preds = %37, %34
  %47 = load i32, i32* %8, align 4
  %48 = icmp ne i32 %47, 0
  br i1 %48, label %49, label %55

49:                                               ; preds = %46
  %50 = load i32, i32* %9, align 4
  %51 = load i32, i32* %7, align 4
  %52 = add nsw i32 %50, %51
  store i32 %52, i32* %9, align 4
  %53 = load i32, i32* %10, align 4
  %54 = add nsw i32 %53, 1
  store i32 %54, i32* %10, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  br label %55

55:                                               ; preds = %49, %46
  br label %56

56:                                               ; preds = %55, %40
  %57 = load i32, i32* %11, align 4
  %58 = icmp eq i32 %57, 10
  br i1 %58, label %59, label %76

59:                                               ; preds = %56
  %60 = load i32, i32* %2, align 4
  %61 = icmp slt i32 %60, 64
  br i1 %61, label %62, label %67

62:                                               ; preds = %59
  %63 = load i32, i32* %4, align 4
  %64 = load i32, i32* %2, align 4
  %65 = sext i32 %64 to i64
  %66 = getelementptr inbounds [64 x i32], [64 x i32]* @line_lengths, i64 0, i64 %65
  store i32 %63, i32* %66, align 4
  br label %67

67:                                               ; preds = %62, %59
  %68 = load i32, i32* %4, align 4
  %69 = load i32, i32* %5, align 4
  %70 = icmp sgt i32 %68, %69
  br i1 %70, label %71, label %73

71:                                               ; preds = %67
  %72 = load i32, i32* %4, align 4
  store i32 %72, i32* %5, align 4
  br label %73

73:                                               ; preds = %71, %67
  %74 = load i32, i32* %2, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, i32* %2, align 4
  store i32 0, i32* %4, align 4
  br label %79

76:                                               ; preds = %56
  %77 = load i32, i32* %4, align 4
  %78 = add nsw i32 %77, 1
  store i32 %78, i32* %4, align 4
  br label %79

79:                                               ; preds = %76, %73
  %80 = load i32, i32* %11, align 4
  call void @putch(i32 noundef %80)
  %81 = call i32 @getch()
  store i32 %81, i32* %11, align 4
  br label %13, !llvm.loop !6

82:                                               ; preds = %13
  %83 = load i32, i32* %8, align 4
  %84 = icmp ne i32 %83, 0
  br i1 %84, label %85, label %91

85:                                               ; preds = %82
  %86 = load i32, i32* %9, align 4
  %87 = load i32, i32* %7, align 4
  %88 = add nsw i32 %86, %87
  store i32 %88, i32* %9, align 4
  %89 = load i32, i32* %10, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, i32* %10, align 4
  br label %91

91:                                               ; preds = %85, %82
  %92 = load i32, i32* %4, align 4
  %93 = icmp sgt i32 %92, 0
  br i1 %93, label %94, label %111

94:                                               ; preds = %91
  %95 = load i32, i32* %2, align 4
  %96 = icmp slt i32 %95, 64
  br i1 %96, label %97, label %102

97:                                               ; preds = %94
  %98 = load i32, i32* %4, align 4
  %99 = load i32, i32* %2, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [64 x i32], [64 x i32]* @line_lengths, i64 0, i64 %100
  store i32 %98, i32* %101, align 4
  br label %102

102:                                              ; preds = %97, %94
  %103 = load i32, i32* %4, align 4
  %104 = load i32, i32* %5, align 4
  %105 = icmp sgt i32 %103, %104
  br i1 %105, label %106, label %108

106:                                              ; preds = %102
  %107 = load i32, i32* %4, align 4
  store i32 %107, i32* %5, align 4
  br label %108

108:                                              ; preds = %106, %102
  %109 = load i32, i32* %2, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, i32* %2, align 4
  br label %111

111:                                              ; preds = %108, %91
  call void @stoptime()
  call void @putch(i32 noundef 10)
  %112 = load i32, i32* %2, align 4
  call void @putarray(i32 noundef %112, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @line_lengths, i64 0, i64 0))
  %113 = load i32, i32* %2, align 4
  %114 = load i32, i32* %3, align 4
  %115 = load i32, i32* %5, align 4
  %116 = load i32, i32* %10, align 4
  %117 = load i32, i32* %9, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([48 x i8], [48 x i8]* @.str, i64 0, i64 0), i32 noundef %113, i32 noundef %114, i32 noundef %115, i32 noundef %116, i32 noundef %117)
  %118 = load i32, i32* %3, align 4
  ret i32 %118
}

declare void @starttime() #1

declare i32 @getch() #1

declare void @putch(i32 noundef) #1

declare void @stoptime() #1

declare void @putarray(i32 noundef, i32* noundef) #1

declare void @putf(i8* noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
