; ModuleID = 'func_while_break_continue.sy'
source_filename = "func_while_break_continue.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [33 x i8] c"longest below 60: n=%d steps=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @collatz_len(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 1
  br i1 %3, label %22, label %4

4:                                                ; preds = %2
  %5 = call i32 @llvm.smax.i32(i32 %1, i32 0)
  br label %6

6:                                                ; preds = %4, %15
  %7 = phi i32 [ %17, %15 ], [ 0, %4 ]
  %8 = phi i32 [ %16, %15 ], [ %0, %4 ]
  %9 = icmp eq i32 %7, %5
  br i1 %9, label %22, label %10

10:                                               ; preds = %6
  %11 = and i32 %8, 1
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %19

13:                                               ; preds = %10
  %14 = sdiv i32 %8, 2
  br label %15

15:                                               ; preds = %13, %19
  %16 = phi i32 [ %14, %13 ], [ %21, %19 ]
  %17 = add nuw i32 %7, 1
  %18 = icmp eq i32 %16, 1
  br i1 %18, label %22, label %6

19:                                               ; preds = %10
  %20 = mul nsw i32 %8, 3
  %21 = add nsw i32 %20, 1
  br label %15

22:                                               ; preds = %6, %15, %2
  %23 = phi i32 [ 0, %2 ], [ %17, %15 ], [ -1, %6 ]
  ret i32 %23
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %22
  %2 = phi i32 [ 0, %0 ], [ %29, %22 ]
  %3 = phi i32 [ 0, %0 ], [ %28, %22 ]
  %4 = phi i32 [ 1, %0 ], [ %30, %22 ]
  %5 = icmp eq i32 %4, 1
  br i1 %5, label %22, label %6

6:                                                ; preds = %1, %15
  %7 = phi i32 [ %17, %15 ], [ 0, %1 ]
  %8 = phi i32 [ %16, %15 ], [ %4, %1 ]
  %9 = icmp eq i32 %7, 200
  br i1 %9, label %22, label %10

10:                                               ; preds = %6
  %11 = and i32 %8, 1
  %12 = icmp eq i32 %11, 0
  br i1 %12, label %13, label %19

13:                                               ; preds = %10
  %14 = sdiv i32 %8, 2
  br label %15

15:                                               ; preds = %19, %13
  %16 = phi i32 [ %14, %13 ], [ %21, %19 ]
  %17 = add nuw nsw i32 %7, 1
  %18 = icmp eq i32 %16, 1
  br i1 %18, label %22, label %6

19:                                               ; preds = %10
  %20 = mul nsw i32 %8, 3
  %21 = add nsw i32 %20, 1
  br label %15

22:                                               ; preds = %6, %15, %1
  %23 = phi i32 [ 0, %1 ], [ -1, %6 ], [ %17, %15 ]
  %24 = icmp slt i32 %23, 0
  %25 = icmp sgt i32 %23, %3
  %26 = select i1 %25, i32 %23, i32 %3
  %27 = select i1 %25, i32 %4, i32 %2
  %28 = select i1 %24, i32 %3, i32 %26
  %29 = select i1 %24, i32 %2, i32 %27
  %30 = add nuw nsw i32 %4, 1
  %31 = icmp eq i32 %30, 61
  br i1 %31, label %32, label %1

32:                                               ; preds = %22
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str, i64 0, i64 0), i32 noundef %29, i32 noundef %28) #4
  br label %33

33:                                               ; preds = %53, %32
  %34 = phi i32 [ %41, %53 ], [ 0, %32 ]
  %35 = phi i32 [ %54, %53 ], [ 0, %32 ]
  %36 = call i32 @llvm.smax.i32(i32 %34, i32 50)
  br label %37

37:                                               ; preds = %33, %40
  %38 = phi i32 [ %41, %40 ], [ %34, %33 ]
  %39 = icmp eq i32 %38, %36
  br i1 %39, label %55, label %40

40:                                               ; preds = %37
  %41 = add i32 %38, 1
  %42 = srem i32 %41, 3
  %43 = icmp eq i32 %42, 0
  br i1 %43, label %37, label %44, !llvm.loop !5

44:                                               ; preds = %40, %44
  %45 = phi i32 [ %48, %44 ], [ 1, %40 ]
  %46 = mul nsw i32 %45, %45
  %47 = icmp sgt i32 %46, %38
  %48 = add nuw nsw i32 %45, 1
  br i1 %47, label %49, label %44, !llvm.loop !7

49:                                               ; preds = %44
  %50 = icmp eq i32 %46, %41
  %51 = icmp sgt i32 %38, 39
  %52 = and i1 %51, %50
  br i1 %52, label %55, label %53

53:                                               ; preds = %49
  tail call void @putint(i32 noundef %41) #4
  tail call void @putch(i32 noundef 32) #4
  %54 = add nuw nsw i32 %35, 1
  br label %33

55:                                               ; preds = %49, %37
  tail call void @putch(i32 noundef 10) #4
  br label %56

56:                                               ; preds = %55, %75
  %57 = phi i32 [ 0, %55 ], [ %76, %75 ]
  %58 = phi i32 [ 0, %55 ], [ %77, %75 ]
  br label %59

59:                                               ; preds = %56, %71
  %60 = phi i32 [ 0, %56 ], [ %73, %71 ]
  %61 = phi i32 [ %57, %56 ], [ %72, %71 ]
  %62 = call i32 @llvm.smax.i32(i32 %60, i32 %58)
  br label %63

63:                                               ; preds = %59, %68
  %64 = phi i32 [ %60, %59 ], [ %69, %68 ]
  %65 = add nsw i32 %64, %58
  %66 = srem i32 %65, 4
  %67 = icmp eq i32 %66, 1
  br i1 %67, label %68, label %71

68:                                               ; preds = %63
  %69 = add i32 %64, 1
  %70 = icmp eq i32 %64, %62
  br i1 %70, label %75, label %63

71:                                               ; preds = %63
  %72 = add nsw i32 %61, 1
  %73 = add nsw i32 %64, 1
  %74 = icmp slt i32 %64, %58
  br i1 %74, label %59, label %75

75:                                               ; preds = %71, %68
  %76 = phi i32 [ %61, %68 ], [ %72, %71 ]
  %77 = add nuw nsw i32 %58, 1
  %78 = icmp eq i32 %77, 10
  br i1 %78, label %79, label %56, !llvm.loop !8

79:                                               ; preds = %75
  tail call void @putint(i32 noundef %76) #4
  tail call void @putch(i32 noundef 10) #4
  %80 = add nsw i32 %35, %28
  %81 = add nsw i32 %80, %76
  ret i32 %81
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
