; ModuleID = 'func_counting_sort_chars.sy'
source_filename = "func_counting_sort_chars.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counts = dso_local local_unnamed_addr global [128 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [44 x i8] c"total=%d distinct=%d spaces=%d newlines=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getch() #2
  %2 = icmp eq i32 %1, -1
  br i1 %2, label %3, label %5

3:                                                ; preds = %14, %0
  %4 = phi i32 [ 0, %0 ], [ %15, %14 ]
  br label %18

5:                                                ; preds = %0, %14
  %6 = phi i32 [ %15, %14 ], [ 0, %0 ]
  %7 = phi i32 [ %16, %14 ], [ %1, %0 ]
  %8 = icmp ult i32 %7, 128
  br i1 %8, label %9, label %14

9:                                                ; preds = %5
  %10 = zext i32 %7 to i64
  %11 = getelementptr inbounds [128 x i32], [128 x i32]* @counts, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, i32* %11, align 4, !tbaa !5
  br label %14

14:                                               ; preds = %9, %5
  %15 = add nuw nsw i32 %6, 1
  %16 = tail call i32 @getch() #2
  %17 = icmp eq i32 %16, -1
  br i1 %17, label %3, label %5, !llvm.loop !9

18:                                               ; preds = %3, %35
  %19 = phi i64 [ 33, %3 ], [ %37, %35 ]
  %20 = phi i32 [ 0, %3 ], [ %36, %35 ]
  %21 = getelementptr inbounds [128 x i32], [128 x i32]* @counts, i64 0, i64 %19
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp sgt i32 %22, 0
  br i1 %23, label %24, label %35

24:                                               ; preds = %18
  %25 = trunc i64 %19 to i32
  tail call void @putch(i32 noundef %25) #2
  tail call void @putch(i32 noundef 58) #2
  %26 = load i32, i32* %21, align 4, !tbaa !5
  %27 = icmp sgt i32 %26, 0
  br i1 %27, label %28, label %33

28:                                               ; preds = %24, %28
  %29 = phi i32 [ %30, %28 ], [ 0, %24 ]
  tail call void @putch(i32 noundef 42) #2
  %30 = add nuw nsw i32 %29, 1
  %31 = load i32, i32* %21, align 4, !tbaa !5
  %32 = icmp slt i32 %30, %31
  br i1 %32, label %28, label %33, !llvm.loop !11

33:                                               ; preds = %28, %24
  tail call void @putch(i32 noundef 10) #2
  %34 = add nsw i32 %20, 1
  br label %35

35:                                               ; preds = %33, %18
  %36 = phi i32 [ %34, %33 ], [ %20, %18 ]
  %37 = add nuw nsw i64 %19, 1
  %38 = icmp eq i64 %37, 127
  br i1 %38, label %39, label %18, !llvm.loop !12

39:                                               ; preds = %35, %50
  %40 = phi i64 [ %51, %50 ], [ 33, %35 ]
  %41 = getelementptr inbounds [128 x i32], [128 x i32]* @counts, i64 0, i64 %40
  %42 = load i32, i32* %41, align 4, !tbaa !5
  %43 = icmp sgt i32 %42, 0
  br i1 %43, label %44, label %50

44:                                               ; preds = %39
  %45 = trunc i64 %40 to i32
  br label %46

46:                                               ; preds = %44, %46
  %47 = phi i32 [ %48, %46 ], [ %42, %44 ]
  tail call void @putch(i32 noundef %45) #2
  %48 = add nsw i32 %47, -1
  %49 = icmp ugt i32 %47, 1
  br i1 %49, label %46, label %50, !llvm.loop !13

50:                                               ; preds = %46, %39
  %51 = add nuw nsw i64 %40, 1
  %52 = icmp eq i64 %51, 127
  br i1 %52, label %53, label %39, !llvm.loop !14

53:                                               ; preds = %50
  tail call void @putch(i32 noundef 10) #2
  %54 = load i32, i32* getelementptr inbounds ([128 x i32], [128 x i32]* @counts, i64 0, i64 32), align 16, !tbaa !5
  %55 = load i32, i32* getelementptr inbounds ([128 x i32], [128 x i32]* @counts, i64 0, i64 10), align 8, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([44 x i8], [44 x i8]* @.str, i64 0, i64 0), i32 noundef %4, i32 noundef %36, i32 noundef %54, i32 noundef %55) #2
  ret i32 %36
}

declare i32 @getch() local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

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
