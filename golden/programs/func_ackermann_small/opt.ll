; ModuleID = 'func_ackermann_small.sy'
source_filename = "func_ackermann_small.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@calls = dso_local local_unnamed_addr global i32 0, align 4
@.str = private unnamed_addr constant [22 x i8] c"A(%d,%d)=%d calls=%d\0A\00", align 1

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @ack(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = load i32, i32* @calls, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, i32* @calls, align 4, !tbaa !5
  %5 = icmp eq i32 %0, 0
  br i1 %5, label %6, label %9

6:                                                ; preds = %14, %2
  %7 = phi i32 [ %1, %2 ], [ %16, %14 ]
  %8 = add nsw i32 %7, 1
  ret i32 %8

9:                                                ; preds = %2, %14
  %10 = phi i32 [ %18, %14 ], [ %4, %2 ]
  %11 = phi i32 [ %16, %14 ], [ %1, %2 ]
  %12 = phi i32 [ %17, %14 ], [ %0, %2 ]
  %13 = icmp eq i32 %11, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %9, %20
  %15 = phi i32 [ %23, %20 ], [ %10, %9 ]
  %16 = phi i32 [ %22, %20 ], [ 1, %9 ]
  %17 = add nsw i32 %12, -1
  %18 = add nsw i32 %15, 1
  store i32 %18, i32* @calls, align 4, !tbaa !5
  %19 = icmp eq i32 %17, 0
  br i1 %19, label %6, label %9

20:                                               ; preds = %9
  %21 = add nsw i32 %11, -1
  %22 = tail call i32 @ack(i32 noundef %12, i32 noundef %21)
  %23 = load i32, i32* @calls, align 4, !tbaa !5
  br label %14
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  store i32 0, i32* @calls, align 4, !tbaa !5
  %1 = tail call i32 @ack(i32 noundef 0, i32 noundef 0)
  %2 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef 0, i32 noundef %1, i32 noundef %2) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %3 = tail call i32 @ack(i32 noundef 0, i32 noundef 1)
  %4 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef 1, i32 noundef %3, i32 noundef %4) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %5 = tail call i32 @ack(i32 noundef 0, i32 noundef 2)
  %6 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef 2, i32 noundef %5, i32 noundef %6) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %7 = tail call i32 @ack(i32 noundef 0, i32 noundef 3)
  %8 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 0, i32 noundef 3, i32 noundef %7, i32 noundef %8) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %9 = tail call i32 @ack(i32 noundef 1, i32 noundef 0)
  %10 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 1, i32 noundef 0, i32 noundef %9, i32 noundef %10) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %11 = tail call i32 @ack(i32 noundef 1, i32 noundef 1)
  %12 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 1, i32 noundef 1, i32 noundef %11, i32 noundef %12) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %13 = tail call i32 @ack(i32 noundef 1, i32 noundef 2)
  %14 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 1, i32 noundef 2, i32 noundef %13, i32 noundef %14) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %15 = tail call i32 @ack(i32 noundef 1, i32 noundef 3)
  %16 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 1, i32 noundef 3, i32 noundef %15, i32 noundef %16) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %17 = tail call i32 @ack(i32 noundef 2, i32 noundef 0)
  %18 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 2, i32 noundef 0, i32 noundef %17, i32 noundef %18) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %19 = tail call i32 @ack(i32 noundef 2, i32 noundef 1)
  %20 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 2, i32 noundef 1, i32 noundef %19, i32 noundef %20) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %21 = tail call i32 @ack(i32 noundef 2, i32 noundef 2)
  %22 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 2, i32 noundef 2, i32 noundef %21, i32 noundef %22) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %23 = tail call i32 @ack(i32 noundef 2, i32 noundef 3)
  %24 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 2, i32 noundef 3, i32 noundef %23, i32 noundef %24) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %25 = tail call i32 @ack(i32 noundef 3, i32 noundef 0)
  %26 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 3, i32 noundef 0, i32 noundef %25, i32 noundef %26) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %27 = tail call i32 @ack(i32 noundef 3, i32 noundef 1)
  %28 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 3, i32 noundef 1, i32 noundef %27, i32 noundef %28) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %29 = tail call i32 @ack(i32 noundef 3, i32 noundef 2)
  %30 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 3, i32 noundef 2, i32 noundef %29, i32 noundef %30) #3
  store i32 0, i32* @calls, align 4, !tbaa !5
  %31 = tail call i32 @ack(i32 noundef 3, i32 noundef 3)
  %32 = load i32, i32* @calls, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([22 x i8], [22 x i8]* @.str, i64 0, i64 0), i32 noundef 3, i32 noundef 3, i32 noundef %31, i32 noundef %32) #3
  ret i32 %31
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
