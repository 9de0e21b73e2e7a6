; ModuleID = 'func_roman_numerals.sy'
source_filename = "func_roman_numerals.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@vals = dso_local local_unnamed_addr global [13 x i32] [i32 1000, i32 900, i32 500, i32 400, i32 100, i32 90, i32 50, i32 40, i32 10, i32 9, i32 5, i32 4, i32 1], align 16
@sym1 = dso_local local_unnamed_addr global [13 x i32] [i32 77, i32 67, i32 68, i32 67, i32 67, i32 88, i32 76, i32 88, i32 88, i32 73, i32 86, i32 73, i32 73], align 16
@sym2 = dso_local local_unnamed_addr global [13 x i32] [i32 0, i32 77, i32 0, i32 68, i32 0, i32 67, i32 0, i32 76, i32 0, i32 88, i32 0, i32 86, i32 0], align 16
@text = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@__const.main.tests = private unnamed_addr constant [9 x i32] [i32 1, i32 4, i32 9, i32 14, i32 40, i32 1994, i32 2024, i32 3888, i32 3999], align 16
@.str = private unnamed_addr constant [24 x i8] c"longest: %d (%d chars)\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @to_roman(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %35

3:                                                ; preds = %1, %30
  %4 = phi i64 [ %33, %30 ], [ 0, %1 ]
  %5 = phi i32 [ %32, %30 ], [ 0, %1 ]
  %6 = phi i32 [ %31, %30 ], [ %0, %1 ]
  %7 = getelementptr inbounds [13 x i32], [13 x i32]* @vals, i64 0, i64 %4
  %8 = load i32, i32* %7, align 4, !tbaa !5
  %9 = icmp slt i32 %6, %8
  br i1 %9, label %30, label %10

10:                                               ; preds = %3
  %11 = getelementptr inbounds [13 x i32], [13 x i32]* @sym1, i64 0, i64 %4
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = getelementptr inbounds [13 x i32], [13 x i32]* @sym2, i64 0, i64 %4
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = icmp eq i32 %14, 0
  br label %16

16:                                               ; preds = %10, %26
  %17 = phi i32 [ %5, %10 ], [ %27, %26 ]
  %18 = phi i32 [ %6, %10 ], [ %28, %26 ]
  %19 = sext i32 %17 to i64
  %20 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %19
  store i32 %12, i32* %20, align 4, !tbaa !5
  %21 = add nsw i32 %17, 1
  br i1 %15, label %26, label %22

22:                                               ; preds = %16
  %23 = sext i32 %21 to i64
  %24 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %23
  store i32 %14, i32* %24, align 4, !tbaa !5
  %25 = add nsw i32 %17, 2
  br label %26

26:                                               ; preds = %22, %16
  %27 = phi i32 [ %25, %22 ], [ %21, %16 ]
  %28 = sub nsw i32 %18, %8
  %29 = icmp slt i32 %28, %8
  br i1 %29, label %30, label %16, !llvm.loop !9

30:                                               ; preds = %26, %3
  %31 = phi i32 [ %6, %3 ], [ %28, %26 ]
  %32 = phi i32 [ %5, %3 ], [ %27, %26 ]
  %33 = add nuw i64 %4, 1
  %34 = icmp sgt i32 %31, 0
  br i1 %34, label %3, label %35, !llvm.loop !11

35:                                               ; preds = %30, %1
  %36 = phi i32 [ 0, %1 ], [ %32, %30 ]
  ret i32 %36
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @value_of(i32 noundef %0) local_unnamed_addr #1 {
  switch i32 %0, label %8 [
    i32 73, label %9
    i32 86, label %2
    i32 88, label %3
    i32 76, label %4
    i32 67, label %5
    i32 68, label %6
    i32 77, label %7
  ]

2:                                                ; preds = %1
  br label %9

3:                                                ; preds = %1
  br label %9

4:                                                ; preds = %1
  br label %9

5:                                                ; preds = %1
  br label %9

6:                                                ; preds = %1
  br label %9

7:                                                ; preds = %1
  br label %9

8:                                                ; preds = %1
  br label %9

9:                                                ; preds = %1, %8, %7, %6, %5, %4, %3, %2
  %10 = phi i32 [ 5, %2 ], [ 10, %3 ], [ 50, %4 ], [ 100, %5 ], [ 500, %6 ], [ 1000, %7 ], [ 0, %8 ], [ 1, %1 ]
  ret i32 %10
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @from_roman(i32 noundef %0) local_unnamed_addr #2 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %41

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = zext i32 %0 to i64
  br label %6

6:                                                ; preds = %3, %38
  %7 = phi i64 [ 0, %3 ], [ %20, %38 ]
  %8 = phi i32 [ 0, %3 ], [ %39, %38 ]
  %9 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %7
  %10 = load i32, i32* %9, align 4, !tbaa !5
  switch i32 %10, label %17 [
    i32 73, label %18
    i32 86, label %11
    i32 88, label %12
    i32 76, label %13
    i32 67, label %14
    i32 68, label %15
    i32 77, label %16
  ]

11:                                               ; preds = %6
  br label %18

12:                                               ; preds = %6
  br label %18

13:                                               ; preds = %6
  br label %18

14:                                               ; preds = %6
  br label %18

15:                                               ; preds = %6
  br label %18

16:                                               ; preds = %6
  br label %18

17:                                               ; preds = %6
  br label %18

18:                                               ; preds = %6, %11, %12, %13, %14, %15, %16, %17
  %19 = phi i32 [ 5, %11 ], [ 10, %12 ], [ 50, %13 ], [ 100, %14 ], [ 500, %15 ], [ 1000, %16 ], [ 0, %17 ], [ 1, %6 ]
  %20 = add nuw nsw i64 %7, 1
  %21 = icmp ult i64 %20, %4
  br i1 %21, label %22, label %36

22:                                               ; preds = %18
  %23 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %20
  %24 = load i32, i32* %23, align 4, !tbaa !5
  switch i32 %24, label %36 [
    i32 73, label %31
    i32 86, label %25
    i32 88, label %26
    i32 76, label %27
    i32 67, label %28
    i32 68, label %29
    i32 77, label %30
  ]

25:                                               ; preds = %22
  br label %31

26:                                               ; preds = %22
  br label %31

27:                                               ; preds = %22
  br label %31

28:                                               ; preds = %22
  br label %31

29:                                               ; preds = %22
  br label %31

30:                                               ; preds = %22
  br label %31

31:                                               ; preds = %22, %25, %26, %27, %28, %29, %30
  %32 = phi i32 [ 5, %25 ], [ 10, %26 ], [ 50, %27 ], [ 100, %28 ], [ 500, %29 ], [ 1000, %30 ], [ 1, %22 ]
  %33 = icmp ugt i32 %32, %19
  br i1 %33, label %34, label %36

34:                                               ; preds = %31
  %35 = sub nsw i32 %8, %19
  br label %38

36:                                               ; preds = %22, %31, %18
  %37 = add nsw i32 %19, %8
  br label %38

38:                                               ; preds = %36, %34
  %39 = phi i32 [ %35, %34 ], [ %37, %36 ]
  %40 = icmp eq i64 %20, %5
  br i1 %40, label %41, label %6, !llvm.loop !12

41:                                               ; preds = %38, %1
  %42 = phi i32 [ 0, %1 ], [ %39, %38 ]
  ret i32 %42
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  br label %1

1:                                                ; preds = %0, %48
  %2 = phi i64 [ 0, %0 ], [ %53, %48 ]
  %3 = phi i32 [ 0, %0 ], [ %52, %48 ]
  %4 = getelementptr inbounds [9 x i32], [9 x i32]* @__const.main.tests, i64 0, i64 %2
  %5 = load i32, i32* %4, align 4, !tbaa !5
  br label %6

6:                                                ; preds = %1, %33
  %7 = phi i64 [ %36, %33 ], [ 0, %1 ]
  %8 = phi i32 [ %35, %33 ], [ 0, %1 ]
  %9 = phi i32 [ %34, %33 ], [ %5, %1 ]
  %10 = getelementptr inbounds [13 x i32], [13 x i32]* @vals, i64 0, i64 %7
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = icmp slt i32 %9, %11
  br i1 %12, label %33, label %13

13:                                               ; preds = %6
  %14 = getelementptr inbounds [13 x i32], [13 x i32]* @sym1, i64 0, i64 %7
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = getelementptr inbounds [13 x i32], [13 x i32]* @sym2, i64 0, i64 %7
  %17 = load i32, i32* %16, align 4, !tbaa !5
  %18 = icmp eq i32 %17, 0
  br label %19

19:                                               ; preds = %29, %13
  %20 = phi i32 [ %8, %13 ], [ %30, %29 ]
  %21 = phi i32 [ %9, %13 ], [ %31, %29 ]
  %22 = sext i32 %20 to i64
  %23 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %22
  store i32 %15, i32* %23, align 4, !tbaa !5
  %24 = add nsw i32 %20, 1
  br i1 %18, label %29, label %25

25:                                               ; preds = %19
  %26 = sext i32 %24 to i64
  %27 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %26
  store i32 %17, i32* %27, align 4, !tbaa !5
  %28 = add nsw i32 %20, 2
  br label %29

29:                                               ; preds = %25, %19
  %30 = phi i32 [ %28, %25 ], [ %24, %19 ]
  %31 = sub nsw i32 %21, %11
  %32 = icmp slt i32 %31, %11
  br i1 %32, label %33, label %19, !llvm.loop !9

33:                                               ; preds = %29, %6
  %34 = phi i32 [ %9, %6 ], [ %31, %29 ]
  %35 = phi i32 [ %8, %6 ], [ %30, %29 ]
  %36 = add nuw i64 %7, 1
  %37 = icmp sgt i32 %34, 0
  br i1 %37, label %6, label %38, !llvm.loop !11

38:                                               ; preds = %33
  tail call void @putint(i32 noundef %5) #5
  tail call void @putch(i32 noundef 61) #5
  %39 = icmp sgt i32 %35, 0
  br i1 %39, label %40, label %48

40:                                               ; preds = %38
  %41 = zext i32 %35 to i64
  br label %42

42:                                               ; preds = %40, %42
  %43 = phi i64 [ 0, %40 ], [ %46, %42 ]
  %44 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %43
  %45 = load i32, i32* %44, align 4, !tbaa !5
  tail call void @putch(i32 noundef %45) #5
  %46 = add nuw nsw i64 %43, 1
  %47 = icmp eq i64 %46, %41
  br i1 %47, label %48, label %42, !llvm.loop !13

48:                                               ; preds = %42, %38
  tail call void @putch(i32 noundef 10) #5
  %49 = tail call i32 @from_roman(i32 noundef %35)
  %50 = icmp eq i32 %49, %5
  %51 = zext i1 %50 to i32
  %52 = add nuw nsw i32 %3, %51
  %53 = add nuw nsw i64 %2, 1
  %54 = icmp eq i64 %53, 9
  br i1 %54, label %55, label %1, !llvm.loop !14

55:                                               ; preds = %48, %91
  %56 = phi i32 [ %94, %91 ], [ 0, %48 ]
  %57 = phi i32 [ %93, %91 ], [ 0, %48 ]
  %58 = phi i32 [ %95, %91 ], [ 1, %48 ]
  br label %59

59:                                               ; preds = %55, %86
  %60 = phi i64 [ %89, %86 ], [ 0, %55 ]
  %61 = phi i32 [ %88, %86 ], [ 0, %55 ]
  %62 = phi i32 [ %87, %86 ], [ %58, %55 ]
  %63 = getelementptr inbounds [13 x i32], [13 x i32]* @vals, i64 0, i64 %60
  %64 = load i32, i32* %63, align 4, !tbaa !5
  %65 = icmp slt i32 %62, %64
  br i1 %65, label %86, label %66

66:                                               ; preds = %59
  %67 = getelementptr inbounds [13 x i32], [13 x i32]* @sym1, i64 0, i64 %60
  %68 = load i32, i32* %67, align 4, !tbaa !5
  %69 = getelementptr inbounds [13 x i32], [13 x i32]* @sym2, i64 0, i64 %60
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = icmp eq i32 %70, 0
  br label %72

72:                                               ; preds = %82, %66
  %73 = phi i32 [ %61, %66 ], [ %83, %82 ]
  %74 = phi i32 [ %62, %66 ], [ %84, %82 ]
  %75 = sext i32 %73 to i64
  %76 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %75
  store i32 %68, i32* %76, align 4, !tbaa !5
  %77 = add nsw i32 %73, 1
  br i1 %71, label %82, label %78

78:                                               ; preds = %72
  %79 = sext i32 %77 to i64
  %80 = getelementptr inbounds [32 x i32], [32 x i32]* @text, i64 0, i64 %79
  store i32 %70, i32* %80, align 4, !tbaa !5
  %81 = add nsw i32 %73, 2
  br label %82

82:                                               ; preds = %78, %72
  %83 = phi i32 [ %81, %78 ], [ %77, %72 ]
  %84 = sub nsw i32 %74, %64
  %85 = icmp slt i32 %84, %64
  br i1 %85, label %86, label %72, !llvm.loop !9

86:                                               ; preds = %82, %59
  %87 = phi i32 [ %62, %59 ], [ %84, %82 ]
  %88 = phi i32 [ %61, %59 ], [ %83, %82 ]
  %89 = add nuw i64 %60, 1
  %90 = icmp sgt i32 %87, 0
  br i1 %90, label %59, label %91, !llvm.loop !11

91:                                               ; preds = %86
  %92 = icmp sgt i32 %88, %57
  %93 = select i1 %92, i32 %88, i32 %57
  %94 = select i1 %92, i32 %58, i32 %56
  %95 = add nuw nsw i32 %58, 1
  %96 = icmp eq i32 %95, 4000
  br i1 %96, label %97, label %55, !llvm.loop !15

97:                                               ; preds = %91
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([24 x i8], [24 x i8]* @.str, i64 0, i64 0), i32 noundef %94, i32 noundef %93) #5
  %98 = add nsw i32 %93, %52
  ret i32 %98
}

declare void @putint(i32 noundef) local_unnamed_addr #4

declare void @putch(i32 noundef) local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
